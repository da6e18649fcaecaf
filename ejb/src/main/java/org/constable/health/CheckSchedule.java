package org.constable.health;

import java.time.LocalDate;

/**
 * When an officer's health check falls due: a check is due within {@code intervalMonths} of the
 * last one (yearly by default, the parameter {@code health.check.intervalMonths}), and a follow-up
 * the last check asked for is due on its day. An officer is overdue on the day after either has
 * passed; an officer never checked is overdue. The year's coverage counts a check on any day of the
 * calendar year, 1 January to 31 December.
 */
public record CheckSchedule(int intervalMonths) {

  public CheckSchedule {
    if (intervalMonths < 1) {
      throw new IllegalArgumentException("intervalMonths " + intervalMonths);
    }
  }

  /** The earliest last check that is not overdue today: a last check before it is overdue. */
  public LocalDate cutoff(LocalDate today) {
    return today.minusMonths(intervalMonths);
  }

  /** The last check's next one is due by this day. */
  public LocalDate dueBy(LocalDate lastCheck) {
    return lastCheck.plusMonths(intervalMonths);
  }

  /**
   * Whether an officer whose last check (null: none) asked for a follow-up by {@code followUpOn}
   * (null: none) is overdue today.
   */
  public boolean overdue(LocalDate lastCheck, LocalDate followUpOn, LocalDate today) {
    if (lastCheck == null) {
      return true;
    }
    return lastCheck.isBefore(cutoff(today)) || (followUpOn != null && followUpOn.isBefore(today));
  }

  /** Whether a check on this day counts for the year's coverage. */
  public static boolean coversYear(LocalDate checkedOn, int year) {
    return checkedOn != null && checkedOn.getYear() == year;
  }
}
