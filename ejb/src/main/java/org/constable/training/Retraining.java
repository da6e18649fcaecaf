package org.constable.training;

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
import java.time.LocalDate;
import org.constable.personnel.Officer;

/** 不合格复训: an officer who failed a course's exam, until a retraining session's result closes it. */
@Entity
@Table(name = "training_retraining")
public class Retraining {

  @Id
  @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "course_id")
  private Course course;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "failed_session_id")
  private TrainingSession failedSession;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RetrainingStatus status;

  @Column(name = "opened_on", nullable = false)
  private LocalDate openedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Version private long version;

  protected Retraining() {}

  public Retraining(Officer officer, TrainingSession failedSession, LocalDate openedOn) {
    this.officer = officer;
    this.course = failedSession.getCourse();
    this.failedSession = failedSession;
    this.status = RetrainingStatus.DUE;
    this.openedOn = openedOn;
  }

  void close(RetrainingStatus outcome, LocalDate on) {
    this.status = outcome;
    this.closedOn = on;
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public Course getCourse() {
    return course;
  }

  public RetrainingStatus getStatus() {
    return status;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }
}
