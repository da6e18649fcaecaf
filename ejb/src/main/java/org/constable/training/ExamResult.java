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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.constable.personnel.Officer;

/** An officer's score in a session's exam, judged against the course's pass mark. */
@Entity
@Table(name = "training_result")
public class ExamResult {

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

  @Column(nullable = false)
  private BigDecimal score;

  @Column(nullable = false)
  private boolean passed;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Version private long version;

  protected ExamResult() {}

  public ExamResult(TrainingSession session, Officer officer) {
    this.session = session;
    this.officer = officer;
  }

  void score(BigDecimal score, LocalDateTime at, String by) {
    this.score = score;
    this.passed = Score.passed(score, session.getCourse().getPassMark());
    this.recordedAt = at;
    this.recordedBy = by;
  }

  public Long getId() {
    return id;
  }

  public TrainingSession getSession() {
    return session;
  }

  public Officer getOfficer() {
    return officer;
  }

  public BigDecimal getScore() {
    return score;
  }

  public boolean isPassed() {
    return passed;
  }
}
