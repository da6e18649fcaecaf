package org.constable.leave;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 职工带薪年休假条例 art. 3 and 4, 企业职工带薪年休假实施办法 art. 5.
 *
 * <p>Art. 3: by cumulative years of work, earlier employers counted: none before one full year, 5
 * days from 1 year, 10 from 10, 15 from 20.
 *
 * <p>Within the year, the band reached counts from that date: each stretch of the year at one band
 * earns its calendar days / 365 × that band, the stretches summed and rounded down to whole days,
 * never more than the band at the year's end. An officer joining mid-year earns from the day it
 * joins (art. 5: remaining calendar days / 365 × entitlement, rounded down). Someone who reaches
 * one full year on 1 July earns 184 / 365 × 5 = 2 days that year; someone who reaches 10 years on 1
 * July earns 5 × 181 / 365 + 10 × 184 / 365 = 7 days.
 *
 * <p>Art. 4, no annual leave that year: personal leave without pay deduction of 20 days or more;
 * sick leave of 2 months or more (under 10 years of work), 3 months (10 to under 20), 4 months (20
 * or more), a month counted as {@link LeavePolicy#monthDays()}; winter and summer vacation longer
 * than the entitlement.
 */
public final class EntitlementRule {

  static final String EXCLUDED_PREFIX = "leave.excluded.";
  static final String NONE = "leave.rule.underOneYear";
  static final String FULL = "leave.rule.band";
  static final String PRORATED = "leave.rule.prorated";
  static final String PERSONAL = "leave.excluded.personal";
  static final String SICK = "leave.excluded.sick";
  static final String VACATION = "leave.excluded.vacation";

  static final int PERSONAL_DAYS = 20;
  private static final int YEAR_DAYS = 365;

  private final LeavePolicy policy;

  public EntitlementRule(LeavePolicy policy) {
    this.policy = policy;
  }

  /** Days of the art. 3 band for full years of cumulative work. */
  public static int band(int fullYears) {
    if (fullYears >= 20) {
      return 15;
    }
    if (fullYears >= 10) {
      return 10;
    }
    return fullYears >= 1 ? 5 : 0;
  }

  /** Months of sick leave that exclude, by full years of cumulative work. */
  static int sickMonths(int fullYears) {
    if (fullYears >= 20) {
      return 4;
    }
    return fullYears >= 10 ? 3 : 2;
  }

  public Entitlement apply(LeaveYear y) {
    LocalDate first = LocalDate.of(y.year(), 1, 1);
    LocalDate last = LocalDate.of(y.year(), 12, 31);
    int years = y.fullYearsOn(last);
    if (y.joined().isAfter(last)) {
      return new Entitlement(0, 0, NONE, List.of(0));
    }
    int earned = earned(y, first.isBefore(y.joined()) ? y.joined() : first, last);
    if (earned == 0) {
      return new Entitlement(0, years, NONE, List.of(years));
    }
    if (y.personalLeaveDays() >= PERSONAL_DAYS) {
      return new Entitlement(0, years, PERSONAL, List.of(y.personalLeaveDays(), PERSONAL_DAYS));
    }
    int sickDays = sickMonths(years) * policy.monthDays();
    if (years >= 1 && y.sickLeaveDays() >= sickDays) {
      return new Entitlement(
          0, years, SICK, List.of(y.sickLeaveDays(), years, sickMonths(years), sickDays));
    }
    if (y.vacationDays() > earned) {
      return new Entitlement(0, years, VACATION, List.of(y.vacationDays(), earned));
    }
    String key = earned == band(years) ? FULL : PRORATED;
    return new Entitlement(earned, years, key, List.of(years, band(years), earned));
  }

  /** The days earned from {@code from} to {@code last}, each band from the day it is reached. */
  private static int earned(LeaveYear y, LocalDate from, LocalDate last) {
    long weighted = 0;
    LocalDate day = from;
    while (!day.isAfter(last)) {
      int b = band(y.fullYearsOn(day));
      LocalDate next = nextBandChange(y, day, last);
      weighted += (long) b * ChronoUnit.DAYS.between(day, next);
      day = next;
    }
    int days = (int) (weighted / YEAR_DAYS);
    return Math.min(days, band(y.fullYearsOn(last)));
  }

  /** The first day after {@code day} on which the band changes, or the day after {@code last}. */
  private static LocalDate nextBandChange(LeaveYear y, LocalDate day, LocalDate last) {
    int b = band(y.fullYearsOn(day));
    LocalDate end = last.plusDays(1);
    for (int threshold : new int[] {1, 10, 20}) {
      LocalDate reached = y.serviceStart().plusYears(threshold);
      if (reached.isAfter(day) && reached.isBefore(end) && band(threshold) != b) {
        end = reached;
      }
    }
    return end;
  }

  /**
   * The days the officer may still take: this year's entitlement, plus last year's unused days if
   * the policy carries one year over, less what it took.
   */
  public int balance(int entitled, int unusedLastYear, int taken) {
    int carried = policy.carryOverYears() >= 1 ? Math.max(0, unusedLastYear) : 0;
    return entitled + carried - taken;
  }
}
