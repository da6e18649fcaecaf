package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuotaUnitSumsTest {

  private static final int FULL_YEAR = 30;

  @Test
  void fullYearOfficersAndJoinersAddUpPerUnit() {
    var sums = new QuotaUnitSums(FULL_YEAR);
    // unit 1: two full-year officers with 30 and 10 half days; one who joined mid-year owing 15
    // and credited with 15 (done)
    sums.fullYear(1, 2, 40, 1);
    sums.joiner(1, 15, 15, 0);
    // unit 2, below unit 1: one full-year officer with nothing yet, enrolled for enough
    sums.fullYear(2, 1, 0, 0);
    sums.completedByYearEnd(2, 1);
    var byPath = sums.byPath(Map.of(1L, "1501/", 2L, "1501/02/"));
    // officers, owed, credited, short now, short by year end
    assertArrayEquals(new long[] {3, 75, 55, 1, 1}, byPath.get("1501/"));
    assertArrayEquals(new long[] {1, 30, 0, 1, 0}, byPath.get("1501/02/"));
  }

  @Test
  void aJoinerShortTodayButEnrolledForEnoughIsShortNowOnly() {
    var sums = new QuotaUnitSums(FULL_YEAR);
    sums.joiner(7, 15, 10, 5);
    assertArrayEquals(new long[] {1, 15, 10, 1, 0}, sums.byPath(Map.of(7L, "x")).get("x"));
  }

  @Test
  void aJoinerExactlyAtItsShareIsDoneAndHalfADayLessIsShort() {
    var sums = new QuotaUnitSums(FULL_YEAR);
    sums.joiner(7, 15, 15, 0);
    sums.joiner(7, 15, 14, 1);
    assertArrayEquals(new long[] {2, 30, 29, 1, 0}, sums.byPath(Map.of(7L, "x")).get("x"));
  }
}
