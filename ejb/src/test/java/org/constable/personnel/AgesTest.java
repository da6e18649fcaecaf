package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgesTest {

  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource({
    "1996-11-29, 2026-11-29, 30", // birthday today counts
    "1996-11-30, 2026-11-29, 29", // birthday tomorrow does not
    "1995-11-30, 2026-11-29, 30",
    "1995-11-29, 2026-11-29, 31",
    "1986-11-29, 2026-11-29, 40",
    "1985-11-29, 2026-11-29, 41",
    "1976-11-29, 2026-11-29, 50",
    "1976-11-30, 2026-11-29, 49",
    "1975-11-29, 2026-11-29, 51",
    "1975-11-30, 2026-11-29, 50",
    "2026-11-29, 2026-11-29, 0",
    "2025-11-30, 2026-11-29, 0",
    "1980-12-31, 2026-01-01, 45",
    "1981-01-01, 2025-12-31, 44",
    // born 29 February: a year older on 1 March in non-leap years, on 29 February in leap years
    "2000-02-29, 2001-02-28, 0",
    "2000-02-29, 2001-03-01, 1",
    "2000-02-29, 2003-02-28, 2",
    "2000-02-29, 2003-03-01, 3",
    "2000-02-29, 2004-02-28, 3",
    "2000-02-29, 2004-02-29, 4",
    // on 29 February, someone born on 28 or on 1 March
    "1990-02-28, 2024-02-29, 34",
    "1990-03-01, 2024-02-29, 33",
  })
  void countsFullYears(LocalDate birth, LocalDate day, int age) {
    assertEquals(age, Ages.ageOn(birth, day));
  }

  @ParameterizedTest
  @CsvSource({"2026-11-29, 2026-11-28", "2000-02-29, 1999-03-01"})
  void refusesDaysBeforeBirth(LocalDate birth, LocalDate day) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> Ages.ageOn(birth, day));

    assertEquals("personnel.age.dayBeforeBirth", e.getMessageKey());
  }
}
