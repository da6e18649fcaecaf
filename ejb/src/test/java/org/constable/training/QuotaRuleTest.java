package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuotaRuleTest {

  private final QuotaRule fifteen = new QuotaRule(15);

  @ParameterizedTest(name = "joined {1}, left {2}: owes {3} half days in {0}")
  @CsvSource({
    // serving all year
    "2026, 2010-05-01, ,           30",
    "2026, 2026-01-01, ,           30",
    // joins on 2 January: 364 of 365 days, 29.9 half days, rounded down
    "2026, 2026-01-02, ,           29",
    // joins on 1 July: 184 of 365 days = 15.1 half days
    "2026, 2026-07-01, ,           15",
    "2026, 2026-12-31, ,           0",
    "2026, 2027-01-05, ,           0",
    // leaves: the last day counts
    "2026, 2010-05-01, 2026-06-30, 14",
    "2026, 2010-05-01, 2026-12-31, 30",
    "2026, 2010-05-01, 2025-12-31, 0",
    // a leap year has 366 days: 1 July leaves 184 of them
    "2024, 2024-07-01, ,           15",
    "2024, 2024-01-01, 2024-12-31, 30",
  })
  void prorationRoundsDownToTheHalfDay(int year, LocalDate joined, LocalDate left, int owed) {
    assertEquals(owed, fifteen.owedHalfDays(year, joined, left));
  }

  @ParameterizedTest(name = "owed {0}, credited {1}: short {2}")
  @CsvSource({"30, 29, 1", "30, 30, 0", "30, 31, 0", "29, 29, 0", "0, 0, 0", "30, 0, 30"})
  void shortfallOf14AndAHalfAgainst15(int owed, long credited, int shortfall) {
    assertEquals(shortfall, QuotaRule.shortfall(owed, credited));
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void theBandsTheDatabaseUsesGiveTheRuleOnEveryJoinDateOfTheYear(int year) {
    var bands = fifteen.bands(year);
    for (LocalDate day = LocalDate.of(year - 1, 12, 20);
        day.isBefore(LocalDate.of(year + 1, 1, 10));
        day = day.plusDays(1)) {
      int expected = fifteen.owedHalfDays(year, day, null);
      int fromBands = 0;
      for (var band : bands) {
        if (day.isBefore(band.until())) {
          fromBands = band.halfDays();
          break;
        }
      }
      assertEquals(expected, fromBands, day.toString());
    }
  }
}
