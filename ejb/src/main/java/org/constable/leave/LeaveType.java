package org.constable.leave;

import java.util.List;

/** The kinds of leave, as 人事 records them; only annual leave is requested and approved online. */
public enum LeaveType {
  ANNUAL,
  SICK,
  PERSONAL,
  RECUPERATION,
  INJURY,
  MARRIAGE,
  MATERNITY,
  PATERNITY,
  BEREAVEMENT,
  HOME_VISIT,
  VACATION;

  /**
   * Annual leave counts working days: rest days and public holidays inside it are not leave (条例
   * art. 3).
   */
  public boolean countsWorkingDays() {
    return this == ANNUAL;
  }

  public static List<LeaveType> all() {
    return List.of(values());
  }
}
