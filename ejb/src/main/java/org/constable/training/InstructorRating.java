package org.constable.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One trainee's rating of one instructor of a session (评教). It names neither the trainee nor the
 * time it was given, so that it cannot be traced back; {@code training_evaluation_given} only
 * remembers that the trainee has rated the session.
 */
@Entity
@Table(name = "training_evaluation")
public class InstructorRating {

  @Id
  @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Column(name = "instructor_id", nullable = false)
  private long instructorId;

  @Column(name = "content_score", nullable = false)
  private int contentScore;

  @Column(name = "method_score", nullable = false)
  private int methodScore;

  @Column(name = "overall_score", nullable = false)
  private int overallScore;

  private String remark;

  protected InstructorRating() {}

  InstructorRating(long sessionId, RatingInput input) {
    this.sessionId = sessionId;
    this.instructorId = input.instructorId();
    this.contentScore = input.content();
    this.methodScore = input.method();
    this.overallScore = input.overall();
    this.remark =
        input.remark() == null || input.remark().isBlank() ? null : input.remark().strip();
  }
}
