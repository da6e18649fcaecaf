package org.constable.web.education;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.constable.education.ClaimRow;
import org.constable.education.Claims;
import org.constable.education.EducationRecords;
import org.constable.education.EnrolmentRow;
import org.constable.education.RecordInput;
import org.constable.education.RecordRow;
import org.constable.education.StudyMode;
import org.constable.education.Upgrades;
import org.constable.personnel.Education;
import org.constable.web.shell.FacesMessages;

/**
 * The education tab of the officer record: its education records (HR of its scope adds them, and
 * the register's highest education follows), its upgrade enrolments and its claims.
 */
@Named
@ViewScoped
public class EducationRecordTab implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EducationRecords records;
  @Inject private Upgrades upgrades;
  @Inject private Claims claims;

  private Long loadedFor;
  private List<RecordRow> recordRows;
  private List<EnrolmentRow> enrolmentRows;
  private List<ClaimRow> claimRows;

  private Education level;
  private String school;
  private String major;
  private StudyMode studyMode;
  private LocalDate startedOn;
  private LocalDate graduatedOn;
  private String diplomaNumber;
  private String degree;
  private String degreeNumber;

  private void load(Long officerId) {
    if (officerId != null && !officerId.equals(loadedFor)) {
      recordRows = records.of(officerId);
      enrolmentRows = upgrades.of(officerId);
      claimRows = claims.ofOfficer(officerId);
      loadedFor = officerId;
    }
  }

  public List<RecordRow> records(Long officerId) {
    load(officerId);
    return recordRows;
  }

  public List<EnrolmentRow> enrolments(Long officerId) {
    load(officerId);
    return enrolmentRows;
  }

  public List<ClaimRow> claims(Long officerId) {
    load(officerId);
    return claimRows;
  }

  public void removeRecord(RecordRow record) {
    if (FacesMessages.attempt(
        () -> records.remove(record.id(), record.version()), "education.record.removed")) {
      loadedFor = null;
    }
  }

  public void addRecord(Long officerId) {
    if (FacesMessages.attempt(
        () ->
            records.add(
                officerId,
                new RecordInput(
                    level,
                    school,
                    major,
                    studyMode,
                    startedOn,
                    graduatedOn,
                    diplomaNumber,
                    degree,
                    degreeNumber)),
        "education.record.added")) {
      loadedFor = null;
      level = null;
      school = null;
      major = null;
      studyMode = null;
      startedOn = null;
      graduatedOn = null;
      diplomaNumber = null;
      degree = null;
      degreeNumber = null;
    }
  }

  public Education[] getLevels() {
    return Education.values();
  }

  public StudyMode[] getStudyModes() {
    return StudyMode.values();
  }

  public Education getLevel() {
    return level;
  }

  public void setLevel(Education level) {
    this.level = level;
  }

  public String getSchool() {
    return school;
  }

  public void setSchool(String school) {
    this.school = school;
  }

  public String getMajor() {
    return major;
  }

  public void setMajor(String major) {
    this.major = major;
  }

  public StudyMode getStudyMode() {
    return studyMode;
  }

  public void setStudyMode(StudyMode studyMode) {
    this.studyMode = studyMode;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public LocalDate getGraduatedOn() {
    return graduatedOn;
  }

  public void setGraduatedOn(LocalDate graduatedOn) {
    this.graduatedOn = graduatedOn;
  }

  public String getDiplomaNumber() {
    return diplomaNumber;
  }

  public void setDiplomaNumber(String diplomaNumber) {
    this.diplomaNumber = diplomaNumber;
  }

  public String getDegree() {
    return degree;
  }

  public void setDegree(String degree) {
    this.degree = degree;
  }

  public String getDegreeNumber() {
    return degreeNumber;
  }

  public void setDegreeNumber(String degreeNumber) {
    this.degreeNumber = degreeNumber;
  }
}
