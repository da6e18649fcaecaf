package org.constable.education;

import java.time.LocalDate;
import org.constable.personnel.Education;

/**
 * The three-year deadline of item 9: an officer under 50 at grade 副主任科员 or above with education
 * below associate must reach associate within the years given from the policy's start. The last day
 * is the day before the anniversary; the officer and HR are told the given months before.
 */
public final class DeadlineRule {

  /** Where an officer subject to the deadline stands on a day. */
  public enum Risk {
    /** An associate (or higher) programme under way that ends by the deadline, or finished. */
    ON_TRACK,
    /** Not enrolled, the warning period not yet begun. */
    WATCH,
    /** Inside the warning period and not on track, or enrolled in a programme that ends late. */
    AT_RISK,
    OVERDUE
  }

  private final LocalDate start;
  private final int years;
  private final int warnMonths;
  private final int olderAge;
  private final int minimumGradeOrder;

  public DeadlineRule(
      LocalDate start, int years, int warnMonths, int olderAge, int minimumGradeOrder) {
    this.start = start;
    this.years = years;
    this.warnMonths = warnMonths;
    this.olderAge = olderAge;
    this.minimumGradeOrder = minimumGradeOrder;
  }

  /** The last day to reach associate. */
  public LocalDate deadline() {
    return start.plusYears(years).minusDays(1);
  }

  /** The first day of the warning period, when the officer and HR are told. */
  public LocalDate alertDay() {
    return deadline().minusMonths(warnMonths);
  }

  /** Whether the deadline binds the officer on the day (age counted on that day). */
  public boolean applies(int age, Integer gradeOrder, Education education) {
    return age < olderAge
        && gradeOrder != null
        && gradeOrder >= minimumGradeOrder
        && education.isBelowAssociate();
  }

  /**
   * @param plannedEnd the planned end of the officer's open associate-or-higher enrolment, or null
   *     without one
   * @param reached whether an enrolment ended with the diploma (the records may not show it yet)
   */
  public Risk risk(LocalDate today, LocalDate plannedEnd, boolean reached) {
    if (reached) {
      return Risk.ON_TRACK;
    }
    if (today.isAfter(deadline())) {
      return Risk.OVERDUE;
    }
    if (plannedEnd != null) {
      return plannedEnd.isAfter(deadline()) ? Risk.AT_RISK : Risk.ON_TRACK;
    }
    return today.isBefore(alertDay()) ? Risk.WATCH : Risk.AT_RISK;
  }
}
