package org.constable.education;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.constable.platform.BusinessException;

/** A programme as registered: school, dates and tuition in yuan. */
public record EnrolmentInput(
    Programme programme,
    String school,
    String major,
    StudyMode studyMode,
    LocalDate startedOn,
    LocalDate plannedEnd,
    BigDecimal tuition)
    implements Serializable {

  private static final BigDecimal MOST = new BigDecimal("9999999999.99");

  public EnrolmentInput {
    school = InputChecks.strip(school);
    major = InputChecks.strip(major);
  }

  EnrolmentInput check() {
    InputChecks.require(programme, "education.enrolment.programmeRequired");
    InputChecks.require(school, "education.enrolment.schoolRequired");
    InputChecks.require(studyMode, "education.enrolment.modeRequired");
    InputChecks.require(startedOn, "education.enrolment.startRequired");
    InputChecks.require(plannedEnd, "education.enrolment.endRequired");
    InputChecks.require(tuition, "education.enrolment.tuitionRequired");
    InputChecks.longest(school, 100);
    InputChecks.longest(major, 100);
    if (plannedEnd.isBefore(startedOn)) {
      throw new BusinessException("education.enrolment.datesReversed");
    }
    if (tuition.signum() < 0
        || tuition.compareTo(MOST) > 0
        || tuition.stripTrailingZeros().scale() > 2) {
      throw new BusinessException("education.enrolment.badTuition");
    }
    return new EnrolmentInput(
        programme, school, major, studyMode, startedOn, plannedEnd, Percent.yuan(tuition));
  }
}
