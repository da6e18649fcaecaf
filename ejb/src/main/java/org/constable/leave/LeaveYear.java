package org.constable.leave;

import java.time.LocalDate;
import java.time.Period;

/**
 * What the entitlement of one officer in one year depends on.
 *
 * @param year the calendar year
 * @param joined the day the officer joined the force (its first day of work here)
 * @param earlierService the work at earlier employers, counted towards the cumulative years (条例
 *     art. 3: 累计工作时间, earlier employers included)
 * @param personalLeaveDays personal leave (事假) in the year without pay deduction
 * @param sickLeaveDays sick leave in the year
 * @param vacationDays winter and summer vacation (寒暑假) taken in the year
 */
public record LeaveYear(
    int year,
    LocalDate joined,
    Period earlierService,
    int personalLeaveDays,
    int sickLeaveDays,
    int vacationDays) {

  public LeaveYear {
    if (joined == null) {
      throw new IllegalArgumentException("joined");
    }
    earlierService = earlierService == null ? Period.ZERO : earlierService.normalized();
  }

  /** The day from which the cumulative years run: joining, moved back by the earlier work. */
  public LocalDate serviceStart() {
    return joined.minus(earlierService);
  }

  /** Full years of cumulative work on a day. */
  public int fullYearsOn(LocalDate day) {
    LocalDate start = serviceStart();
    return day.isBefore(start) ? 0 : Period.between(start, day).getYears();
  }
}
