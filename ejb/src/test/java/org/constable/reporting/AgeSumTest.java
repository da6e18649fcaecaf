package org.constable.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.constable.personnel.Ages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeSumTest {

  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource({
    "1996-11-29, 2026-11-29, 30",
    "1996-11-30, 2026-11-29, 29",
    "1975-11-29, 2026-11-29, 51",
    "1975-11-30, 2026-11-29, 50",
    "2000-02-29, 2025-02-28, 24",
    "2000-02-29, 2025-03-01, 25",
    "2000-02-29, 2024-02-29, 24",
    "2000-02-28, 2024-02-29, 24",
    "2000-03-01, 2024-02-29, 23",
    "1980-12-31, 2026-01-01, 45",
  })
  void aSinglePersonIsTheirAgeInFullYears(LocalDate birth, LocalDate day, long age) {
    assertEquals(age, sumOf(List.of(birth), day));
    assertEquals(Ages.ageOn(birth, day), sumOf(List.of(birth), day));
  }

  /** Sums as a GROUP BY would give them, against the ages of a seeded random force. */
  @ParameterizedTest
  @ValueSource(strings = {"2026-11-29", "2024-02-29", "2025-02-28", "2025-03-01", "2026-01-01"})
  void theSumOfAGroupIsTheSumOfItsAges(LocalDate day) {
    SplittableRandom random = new SplittableRandom(day.toEpochDay());
    List<LocalDate> births =
        random.ints(5000, 0, 38 * 366).mapToObj(d -> day.minusYears(22).minusDays(d)).toList();

    long expected = births.stream().mapToLong(birth -> Ages.ageOn(birth, day)).sum();

    assertEquals(expected, sumOf(births, day));
  }

  @ParameterizedTest
  @CsvSource({"2026-01-01, 101", "2026-02-28, 228", "2024-02-29, 229", "2026-12-31, 1231"})
  void comparesMonthAndDayAsOneNumber(LocalDate day, int monthDay) {
    assertEquals(monthDay, AgeSum.monthDay(day));
  }

  private static long sumOf(List<LocalDate> births, LocalDate day) {
    long birthYears = births.stream().mapToLong(LocalDate::getYear).sum();
    long ahead = births.stream().filter(b -> AgeSum.monthDay(b) > AgeSum.monthDay(day)).count();
    return new AgeSum(births.size(), birthYears, ahead).on(day);
  }
}
