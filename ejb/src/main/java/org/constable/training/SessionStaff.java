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

/** An instructor teaching or examining a session. */
@Entity
@Table(name = "training_staff")
public class SessionStaff {

  @Id
  @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "session_id")
  private TrainingSession session;

  @ManyToOne(optional = false)
  @JoinColumn(name = "instructor_id")
  private Instructor instructor;

  @Enumerated(EnumType.STRING)
  @Column(name = "staff_role", nullable = false)
  private StaffRole role;

  protected SessionStaff() {}

  SessionStaff(TrainingSession session, Instructor instructor, StaffRole role) {
    this.session = session;
    this.instructor = instructor;
    this.role = role;
  }

  public Instructor getInstructor() {
    return instructor;
  }

  public StaffRole getRole() {
    return role;
  }
}
