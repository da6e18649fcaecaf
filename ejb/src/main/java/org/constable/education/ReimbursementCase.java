package org.constable.education;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.constable.personnel.Education;

/**
 * What the reimbursement rule looks at, as of the reference day: the enrolment's start date (the
 * day the officer took the programme up, when the policy's conditions on age, grade and education
 * must hold).
 *
 * @param gradeOrder the sort order of the officer's grade on the reference day; null without one
 * @param educationAtStart the highest education completed before the reference day
 */
public record ReimbursementCase(
    Programme programme,
    Outcome outcome,
    LocalDate birthDate,
    LocalDate referenceDay,
    Integer gradeOrder,
    Education educationAtStart,
    BigDecimal tuition) {

  public int age() {
    return org.constable.personnel.Ages.ageOn(birthDate, referenceDay);
  }
}
