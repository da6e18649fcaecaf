package org.constable.leave;

import java.io.Serializable;
import java.time.LocalDate;
import org.constable.platform.BusinessException;

/**
 * A leave as asked for or recorded.
 *
 * @param payDeducted personal leave only: whether pay was deducted (then it does not count towards
 *     the 20 days of 条例 art. 4)
 */
public record LeaveInput(
    LeaveType type, LocalDate from, LocalDate to, boolean payDeducted, String reason)
    implements Serializable {

  static final int REASON_LENGTH = 200;

  /** The input, checked and tidied: refused if it holds no day the calendar counts. */
  LeaveInput check(WorkCalendar calendar) {
    if (type == null) {
      throw new BusinessException("leave.input.typeRequired");
    }
    if (from == null || to == null) {
      throw new BusinessException("leave.input.datesRequired");
    }
    if (to.isBefore(from)) {
      throw new BusinessException("leave.input.endBeforeStart", from, to);
    }
    if (from.getYear() != to.getYear()) {
      throw new BusinessException("leave.input.acrossYears", from.getYear());
    }
    if (days(calendar) == 0) {
      throw new BusinessException("leave.input.noWorkingDay");
    }
    String text = reason == null || reason.isBlank() ? null : reason.strip();
    if (text != null && text.length() > REASON_LENGTH) {
      throw new BusinessException("leave.input.reasonTooLong", REASON_LENGTH);
    }
    return new LeaveInput(type, from, to, type == LeaveType.PERSONAL && payDeducted, text);
  }

  public int days(WorkCalendar calendar) {
    return LeaveDays.count(type, from, to, calendar);
  }
}
