package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotaUnitSumsTest {

  private static final int YEAR = 2026;

  @Test
  void fullYearOfficersJoinersAndThoseWhoJoinLaterAddUpPerUnit() {
    var sums = new QuotaUnitSums(YEAR, new QuotaRule(15));
    // unit 1: four serving, of whom two full-year have 30 and 10 half days; one joined on 1 July
    // with 15 half days (owes 15: done); one joins next year (owes nothing, not counted)
    sums.serving(1, 4);
    sums.fullYearCredit(1, 40, 1);
    sums.joiner(1, LocalDate.of(YEAR, 7, 1), 15, 0);
    sums.joiner(1, LocalDate.of(YEAR + 1, 1, 5), 0, 0);
    // unit 2, below unit 1: one full-year officer with nothing yet, enrolled for enough
    sums.serving(2, 1);
    sums.completedByYearEnd(2, 1);
    var byPath = sums.byPath(Map.of(1L, "1501/", 2L, "1501/02/"));
    // officers, owed, credited, short now, short by year end
    assertArrayEquals(new long[] {3, 75, 55, 1, 1}, byPath.get("1501/"));
    assertArrayEquals(new long[] {1, 30, 0, 1, 0}, byPath.get("1501/02/"));
  }

  @Test
  void aJoinerShortTodayButEnrolledForEnoughIsShortNowOnly() {
    var sums = new QuotaUnitSums(YEAR, new QuotaRule(15));
    sums.serving(7, 1);
    sums.joiner(7, LocalDate.of(YEAR, 7, 1), 10, 5);
    assertArrayEquals(new long[] {1, 15, 10, 1, 0}, sums.byPath(Map.of(7L, "x")).get("x"));
  }
}
