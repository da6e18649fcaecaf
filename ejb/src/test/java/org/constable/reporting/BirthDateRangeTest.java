package org.constable.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import org.constable.personnel.AgeBand;
import org.constable.personnel.Ages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDateRangeTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  @ParameterizedTest(name = "born {0}: {1}")
  @CsvSource({
    // exactly 30, 31, 40, 41, 50 and 51 on the day: the birthday is today
    "1996-11-29, UP_TO_30",
    "1995-11-29, FROM_31_TO_40",
    "1986-11-29, FROM_31_TO_40",
    "1985-11-29, FROM_41_TO_50",
    "1976-11-29, FROM_41_TO_50",
    "1975-11-29, FROM_51",
    // the birthday is tomorrow: still a year younger
    "1995-11-30, UP_TO_30",
    "1985-11-30, FROM_31_TO_40",
    "1975-11-30, FROM_41_TO_50",
    // born today, and the oldest still on strength
    "2026-11-29, UP_TO_30",
    "1960-01-01, FROM_51",
  })
  void exactlyOneBandHoldsEachBirthDate(LocalDate birth, AgeBand band) {
    for (AgeBand each : AgeBand.values()) {
      assertEquals(each == band, BirthDateRange.of(each, AS_OF).contains(birth), each.name());
    }
  }

  @ParameterizedTest
  @CsvSource({
    "UP_TO_30,      1995-11-29, 2026-11-29",
    "FROM_31_TO_40, 1985-11-29, 1995-11-29",
    "FROM_41_TO_50, 1975-11-29, 1985-11-29",
    "FROM_51,       ,           1975-11-29",
  })
  void boundsAreTheBirthdaysOfTheBandEdges(AgeBand band, LocalDate after, LocalDate onOrBefore) {
    assertEquals(new BirthDateRange(after, onOrBefore), BirthDateRange.of(band, AS_OF));
  }

  /** Every birth date over 70 years, against the age the personnel rules compute. */
  @ParameterizedTest
  @ValueSource(strings = {"2026-11-29", "2024-02-29", "2025-02-28", "2025-03-01", "2024-12-31"})
  void agreesWithAgesOnEveryBirthDateIncludingLeapDays(LocalDate asOf) {
    for (LocalDate birth = asOf.minusYears(70); !birth.isAfter(asOf); birth = birth.plusDays(1)) {
      AgeBand expected = AgeBand.of(Ages.ageOn(birth, asOf));
      LocalDate day = birth;
      long holding =
          Arrays.stream(AgeBand.values())
              .filter(band -> BirthDateRange.of(band, asOf).contains(day))
              .count();
      assertEquals(1, holding, birth.toString());
      assertTrue(BirthDateRange.of(expected, asOf).contains(birth), birth + " in " + expected);
    }
  }
}
