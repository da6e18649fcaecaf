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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.constable.personnel.Officer;
import org.constable.platform.BusinessException;

/** A degree upgrade programme an officer registered, and how it ended. */
@Entity
@Table(name = "education_enrolment")
public class UpgradeEnrolment {

  @Id
  @SequenceGenerator(name = "education_seq", sequenceName = "education_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "education_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Programme programme;

  private String school;
  private String major;

  @Enumerated(EnumType.STRING)
  @Column(name = "study_mode", nullable = false)
  private StudyMode studyMode;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "planned_end", nullable = false)
  private LocalDate plannedEnd;

  @Column(nullable = false)
  private BigDecimal tuition;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "outcome_on")
  private LocalDate outcomeOn;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Version private long version;

  protected UpgradeEnrolment() {}

  UpgradeEnrolment(Officer officer, EnrolmentInput input, LocalDateTime at, String by) {
    this.officer = officer;
    this.programme = input.programme();
    this.school = input.school();
    this.major = input.major();
    this.studyMode = input.studyMode();
    this.startedOn = input.startedOn();
    this.plannedEnd = input.plannedEnd();
    this.tuition = input.tuition();
    this.recordedAt = at;
    this.recordedBy = by;
  }

  void end(Outcome outcome, LocalDate on, LocalDate today) {
    if (this.outcome != null) {
      throw new BusinessException("education.enrolment.alreadyEnded");
    }
    InputChecks.require(outcome, "education.enrolment.outcomeRequired");
    InputChecks.require(on, "education.enrolment.outcomeDayRequired");
    if (on.isBefore(startedOn) || on.isAfter(today)) {
      throw new BusinessException("education.enrolment.badOutcomeDay", startedOn, today);
    }
    this.outcome = outcome;
    this.outcomeOn = on;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("officer", officer.getPoliceNumber());
    v.put("programme", programme);
    v.put("school", school);
    v.put("major", major);
    v.put("studyMode", studyMode);
    v.put("startedOn", startedOn);
    v.put("plannedEnd", plannedEnd);
    v.put("tuition", tuition);
    v.put("outcome", outcome);
    v.put("outcomeOn", outcomeOn);
    return v;
  }

  EnrolmentRow row() {
    return new EnrolmentRow(
        id,
        officer.getId(),
        programme,
        school,
        major,
        studyMode,
        startedOn,
        plannedEnd,
        tuition,
        outcome,
        outcomeOn,
        version);
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public Programme getProgramme() {
    return programme;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getPlannedEnd() {
    return plannedEnd;
  }

  public BigDecimal getTuition() {
    return tuition;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public long getVersion() {
    return version;
  }
}
