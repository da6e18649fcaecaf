package org.constable.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.constable.personnel.Officer;

/** An officer enrolled in a session. */
@Entity
@Table(name = "training_enrolment")
public class Enrolment {

  @Id
  @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private TrainingSession session;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Column(name = "enrolled_at", nullable = false)
  private LocalDateTime enrolledAt;

  @Column(name = "enrolled_by")
  private String enrolledBy;

  protected Enrolment() {}

  public Enrolment(
      TrainingSession session, Officer officer, LocalDateTime enrolledAt, String enrolledBy) {
    this.session = session;
    this.officer = officer;
    this.enrolledAt = enrolledAt;
    this.enrolledBy = enrolledBy;
  }

  public TrainingSession getSession() {
    return session;
  }

  public Officer getOfficer() {
    return officer;
  }
}
