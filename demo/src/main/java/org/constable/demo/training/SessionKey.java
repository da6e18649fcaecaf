package org.constable.demo.training;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Sessions of one course, organiser and dates: one class, or parallel classes of a busy week. */
record SessionKey(
    DemoCourse course, Org organiser, LocalDate start, LocalDate end, boolean retraining) {

  static final int RETRAINING_CAPACITY = 30;

  /**
   * The course's capacity; the annual exam seats every serving police officer of the organiser,
   * with a tenth to spare.
   */
  int capacity() {
    if (retraining) {
      return RETRAINING_CAPACITY;
    }
    if (course == DemoCourse.ANNUAL_EXAM) {
      return (organiser.police() * 11 / 10 + 19) / 10 * 10;
    }
    return course.capacity();
  }

  boolean overlaps(LocalDate from, LocalDate to) {
    return !from.isAfter(end) && !to.isBefore(start);
  }

  static boolean isWorkingDay(LocalDate day) {
    return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
  }
}
