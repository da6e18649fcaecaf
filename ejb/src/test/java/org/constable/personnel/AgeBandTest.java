package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeBandTest {

  @ParameterizedTest
  @CsvSource({
    "0,   UP_TO_30",
    "18,  UP_TO_30",
    "30,  UP_TO_30",
    "31,  FROM_31_TO_40",
    "40,  FROM_31_TO_40",
    "41,  FROM_41_TO_50",
    "50,  FROM_41_TO_50",
    "51,  FROM_51",
    "60,  FROM_51",
    "120, FROM_51",
  })
  void includesTheBounds(int age, AgeBand band) {
    assertEquals(band, AgeBand.of(age));
  }

  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource({
    "1996-11-29, 2026-11-29, UP_TO_30",
    "1995-11-29, 2026-11-29, FROM_31_TO_40",
    "1995-11-30, 2026-11-29, UP_TO_30",
    "1975-11-29, 2026-11-29, FROM_51",
    "1975-11-30, 2026-11-29, FROM_41_TO_50",
  })
  void changesBandOnTheBirthday(LocalDate birth, LocalDate day, AgeBand band) {
    assertEquals(band, AgeBand.of(Ages.ageOn(birth, day)));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE})
  void refusesNegativeAges(int age) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> AgeBand.of(age));

    assertEquals("personnel.age.negative", e.getMessageKey());
  }
}
