package org.constable.leave;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many days a leave from one date to another counts: annual leave its working days, Saturdays
 * and Sundays not counted (条例 art. 2); every other kind its calendar days.
 */
public final class LeaveDays {

  private LeaveDays() {}

  public static int count(LeaveType type, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return 0;
    }
    long calendar = ChronoUnit.DAYS.between(from, to) + 1;
    if (!type.countsWorkingDays()) {
      return (int) calendar;
    }
    long weeks = calendar / 7;
    long working = weeks * 5;
    for (LocalDate day = from.plusWeeks(weeks); !day.isAfter(to); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        working++;
      }
    }
    return (int) working;
  }
}
