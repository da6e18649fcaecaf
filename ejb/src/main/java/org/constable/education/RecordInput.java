package org.constable.education;

import java.io.Serializable;
import java.time.LocalDate;
import org.constable.personnel.Education;
import org.constable.platform.BusinessException;

/** An education record as typed: checked before anything is saved. */
public record RecordInput(
    Education level,
    String school,
    String major,
    StudyMode studyMode,
    LocalDate startedOn,
    LocalDate graduatedOn,
    String diplomaNumber,
    String degree,
    String degreeNumber)
    implements Serializable {

  public RecordInput {
    school = InputChecks.strip(school);
    major = InputChecks.strip(major);
    diplomaNumber = InputChecks.strip(diplomaNumber);
    degree = InputChecks.strip(degree);
    degreeNumber = InputChecks.strip(degreeNumber);
  }

  /**
   * @throws BusinessException naming the first missing or wrong field
   */
  RecordInput check(LocalDate today) {
    InputChecks.require(level, "education.record.levelRequired");
    InputChecks.require(school, "education.record.schoolRequired");
    InputChecks.require(studyMode, "education.record.modeRequired");
    InputChecks.require(graduatedOn, "education.record.graduatedRequired");
    InputChecks.longest(school, 100);
    InputChecks.longest(major, 100);
    InputChecks.longest(diplomaNumber, 50);
    InputChecks.longest(degree, 50);
    InputChecks.longest(degreeNumber, 50);
    if (graduatedOn.isAfter(today)) {
      throw new BusinessException("education.record.graduatedInFuture");
    }
    if (startedOn != null && graduatedOn.isBefore(startedOn)) {
      throw new BusinessException("education.record.datesReversed");
    }
    if (degreeNumber != null && degree == null) {
      throw new BusinessException("education.record.degreeRequired");
    }
    return this;
  }
}
