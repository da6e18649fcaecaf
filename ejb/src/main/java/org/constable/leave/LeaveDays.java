package org.constable.leave;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How many days a leave from one date to another counts: annual leave its working days, rest days
 * and public holidays inside it not counted (条例 art. 3); every other kind its calendar days.
 */
public final class LeaveDays {

  private LeaveDays() {}

  public static int count(LeaveType type, LocalDate from, LocalDate to, WorkCalendar calendar) {
    if (to.isBefore(from)) {
      return 0;
    }
    if (!type.countsWorkingDays()) {
      return (int) (ChronoUnit.DAYS.between(from, to) + 1);
    }
    return calendar.workingDays(from, to);
  }
}
