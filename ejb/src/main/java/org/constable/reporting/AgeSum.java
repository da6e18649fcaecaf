package org.constable.reporting;

import java.time.LocalDate;

/**
 * The sum of ages in full years on a day, from three sums a query can take over birth dates: how
 * many people, the sum of their birth years, and how many have their birthday later in the year
 * than the day (month and day compared as {@code month * 100 + day}). Each person is {@code
 * day.year - birth.year} old, less one before this year's birthday; 29 February counts as after 28
 * February, as {@link org.constable.personnel.Ages#ageOn} has it.
 */
public record AgeSum(long people, long birthYearSum, long birthdaysStillAhead) {

  public static int monthDay(LocalDate date) {
    return date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  public long on(LocalDate day) {
    return people * day.getYear() - birthYearSum - birthdaysStillAhead;
  }
}
