package org.constable.training;

import java.util.HashMap;
import java.util.Map;

/**
 * The quota report's totals per unit id, built from its grouped reads of the ledger: the officers
 * on the force since before the year, who owe the full year, and one by one those who joined during
 * it, with their own prorated quota.
 */
final class QuotaUnitSums {

  static final int OFFICERS = 0;
  static final int OWED = 1;
  static final int CREDITED = 2;
  static final int SHORT_NOW = 3;
  static final int SHORT_BY_YEAR_END = 4;

  private final int fullYear;
  private final Map<Long, long[]> byUnit = new HashMap<>();

  QuotaUnitSums(int fullYearHalfDays) {
    this.fullYear = fullYearHalfDays;
  }

  int fullYearHalfDays() {
    return fullYear;
  }

  /** A unit's officers who owe the full year, their credit, and how many have done the quota. */
  void fullYear(long unitId, long officers, long creditedHalfDays, long done) {
    long[] s = of(unitId);
    s[OFFICERS] += officers;
    s[OWED] += officers * fullYear;
    s[CREDITED] += creditedHalfDays;
    s[SHORT_NOW] += officers - done;
    s[SHORT_BY_YEAR_END] += officers - done;
  }

  /** Full-year officers short today whom their enrolments bring to the quota by the year's end. */
  void completedByYearEnd(long unitId, long officers) {
    of(unitId)[SHORT_BY_YEAR_END] -= officers;
  }

  /** One who joined during the year and owes its prorated share. */
  void joiner(long unitId, long owed, long credited, long enrolled) {
    long[] s = of(unitId);
    s[OFFICERS]++;
    s[OWED] += owed;
    s[CREDITED] += credited;
    s[SHORT_NOW] += credited < owed ? 1 : 0;
    s[SHORT_BY_YEAR_END] += credited + enrolled < owed ? 1 : 0;
  }

  /** The sums keyed by unit path (for the subtree totals). */
  Map<String, long[]> byPath(Map<Long, String> paths) {
    Map<String, long[]> byPath = new HashMap<>();
    byUnit.forEach(
        (unitId, sums) -> {
          String path = paths.get(unitId);
          if (path != null) {
            long[] target = byPath.computeIfAbsent(path, p -> new long[5]);
            for (int i = 0; i < 5; i++) {
              target[i] += sums[i];
            }
          }
        });
    return byPath;
  }

  private long[] of(long unitId) {
    return byUnit.computeIfAbsent(unitId, id -> new long[5]);
  }
}
