package org.constable.training;

import java.time.LocalDate;

/**
 * 三年内集中轮训一次: the next centralised rotation falls due the given number of years after the last one
 * ended, or after joining for one who never had one. It is overdue from the day after.
 */
public record RotationRule(int years) {

  public enum Standing {
    OVERDUE,
    DUE_THIS_YEAR,
    NOT_DUE
  }

  public LocalDate dueDate(LocalDate lastRotation, LocalDate joined) {
    return (lastRotation != null ? lastRotation : joined).plusYears(years);
  }

  public static Standing standing(LocalDate due, LocalDate today) {
    if (due.isBefore(today)) {
      return Standing.OVERDUE;
    }
    return due.getYear() == today.getYear() ? Standing.DUE_THIS_YEAR : Standing.NOT_DUE;
  }
}
