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
    school = Texts.strip(school);
    major = Texts.strip(major);
    diplomaNumber = Texts.strip(diplomaNumber);
    degree = Texts.strip(degree);
    degreeNumber = Texts.strip(degreeNumber);
  }

  /**
   * @throws BusinessException naming the first missing or wrong field
   */
  RecordInput check(LocalDate today) {
    Texts.require(level, "education.record.levelRequired");
    Texts.require(school, "education.record.schoolRequired");
    Texts.require(studyMode, "education.record.modeRequired");
    Texts.require(graduatedOn, "education.record.graduatedRequired");
    Texts.longest(school, 100);
    Texts.longest(major, 100);
    Texts.longest(diplomaNumber, 50);
    Texts.longest(degree, 50);
    Texts.longest(degreeNumber, 50);
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
