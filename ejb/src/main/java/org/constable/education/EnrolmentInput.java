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
    school = Texts.strip(school);
    major = Texts.strip(major);
  }

  EnrolmentInput check() {
    Texts.require(programme, "education.enrolment.programmeRequired");
    Texts.require(school, "education.enrolment.schoolRequired");
    Texts.require(studyMode, "education.enrolment.modeRequired");
    Texts.require(startedOn, "education.enrolment.startRequired");
    Texts.require(plannedEnd, "education.enrolment.endRequired");
    Texts.require(tuition, "education.enrolment.tuitionRequired");
    Texts.longest(school, 100);
    Texts.longest(major, 100);
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
