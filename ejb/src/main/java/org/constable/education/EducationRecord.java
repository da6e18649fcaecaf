package org.constable.education;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.constable.personnel.Education;
import org.constable.personnel.Officer;

/** One completed education of an officer: a school, a diploma, perhaps a degree. */
@Entity
@Table(name = "education_record")
public class EducationRecord {

  @Id
  @SequenceGenerator(name = "education_seq", sequenceName = "education_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "education_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Enumerated(EnumType.STRING)
  @Column(name = "level_code", nullable = false)
  private Education level;

  private String school;
  private String major;

  @Enumerated(EnumType.STRING)
  @Column(name = "study_mode", nullable = false)
  private StudyMode studyMode;

  @Column(name = "started_on")
  private java.time.LocalDate startedOn;

  @Column(name = "graduated_on", nullable = false)
  private java.time.LocalDate graduatedOn;

  @Column(name = "diploma_no")
  private String diplomaNumber;

  private String degree;

  @Column(name = "degree_no")
  private String degreeNumber;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Version private long version;

  protected EducationRecord() {}

  EducationRecord(Officer officer, RecordInput input, LocalDateTime at, String by) {
    this.officer = officer;
    this.level = input.level();
    this.school = input.school();
    this.major = input.major();
    this.studyMode = input.studyMode();
    this.startedOn = input.startedOn();
    this.graduatedOn = input.graduatedOn();
    this.diplomaNumber = input.diplomaNumber();
    this.degree = input.degree();
    this.degreeNumber = input.degreeNumber();
    this.recordedAt = at;
    this.recordedBy = by;
  }

  HighestEducation.Completed completed() {
    return new HighestEducation.Completed(level, graduatedOn);
  }

  Map<String, Object> snapshot() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("officer", officer.getPoliceNumber());
    v.put("level", level);
    v.put("school", school);
    v.put("major", major);
    v.put("studyMode", studyMode);
    v.put("startedOn", startedOn);
    v.put("graduatedOn", graduatedOn);
    v.put("diplomaNumber", diplomaNumber);
    v.put("degree", degree);
    v.put("degreeNumber", degreeNumber);
    return v;
  }

  RecordRow row() {
    return new RecordRow(
        id,
        level,
        school,
        major,
        studyMode,
        startedOn,
        graduatedOn,
        diplomaNumber,
        degree,
        degreeNumber,
        version);
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public long getVersion() {
    return version;
  }
}
