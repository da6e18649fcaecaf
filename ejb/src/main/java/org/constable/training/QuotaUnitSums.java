package org.constable.training;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;

/**
 * The quota report's totals per unit id, built from its grouped reads: every serving officer first
 * counts as owing the full year and short, those done are taken off, and those who joined during
 * the year are put back with their own prorated quota.
 */
final class QuotaUnitSums {

  static final int OFFICERS = 0;
  static final int OWED = 1;
  static final int CREDITED = 2;
  static final int SHORT_NOW = 3;
  static final int SHORT_BY_YEAR_END = 4;

  private final int year;
  private final QuotaRule rule;
  private final int fullYear;
  private final Map<Long, long[]> byUnit = new HashMap<>();

  QuotaUnitSums(int year, QuotaRule rule) {
    this.year = year;
    this.rule = rule;
    this.fullYear = rule.owedHalfDays(year, null, null);
  }

  int fullYearHalfDays() {
    return fullYear;
  }

  /** The serving police of a unit, each taken to owe the full year and to be short. */
  void serving(long unitId, long officers) {
    long[] s = of(unitId);
    s[OFFICERS] += officers;
    s[OWED] += officers * fullYear;
    s[SHORT_NOW] += officers;
    s[SHORT_BY_YEAR_END] += officers;
  }

  /** The credit of a unit's full-year officers, and how many of them have done the quota. */
  void fullYearCredit(long unitId, long creditedHalfDays, long done) {
    long[] s = of(unitId);
    s[CREDITED] += creditedHalfDays;
    s[SHORT_NOW] -= done;
    s[SHORT_BY_YEAR_END] -= done;
  }

  /** Full-year officers short today whom their enrolments bring to the quota by the year's end. */
  void completedByYearEnd(long unitId, long officers) {
    of(unitId)[SHORT_BY_YEAR_END] -= officers;
  }

  /**
   * One who joined on {@code joined}, this year or later: its own quota replaces the full year's.
   */
  void joiner(long unitId, LocalDate joined, long credited, long enrolled) {
    long[] s = of(unitId);
    s[OFFICERS]--;
    s[OWED] -= fullYear;
    s[SHORT_NOW]--;
    s[SHORT_BY_YEAR_END]--;
    if (joined.isAfter(Year.of(year).atMonth(12).atEndOfMonth())) {
      return;
    }
    int owed = rule.owedHalfDays(year, joined, null);
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
