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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.constable.personnel.Officer;

/**
 * An officer's presence on one day of a session: half a day or the whole day. A phone check-in is
 * unconfirmed until the trainer's roll confirms it; only confirmed days are credited.
 */
@Entity
@Table(name = "training_attendance")
public class Attendance {

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

  @Column(name = "attended_on", nullable = false)
  private LocalDate day;

  @Column(name = "half_days", nullable = false)
  private int halfDays;

  @Column(name = "checked_in", nullable = false)
  private boolean checkedIn;

  @Column(nullable = false)
  private boolean confirmed;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected Attendance() {}

  public Attendance(TrainingSession session, Officer officer, LocalDate day) {
    this.session = session;
    this.officer = officer;
    this.day = day;
  }

  /** What the day credits: its half days once confirmed, else nothing. */
  public int credit() {
    return confirmed ? halfDays : 0;
  }

  void checkIn(LocalDateTime at, String by) {
    this.halfDays = 2;
    this.checkedIn = true;
    this.recordedAt = at;
    this.recordedBy = by;
  }

  void confirm(int halfDays, LocalDateTime at, String by) {
    this.halfDays = halfDays;
    this.confirmed = true;
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

  public LocalDate getDay() {
    return day;
  }

  public int getHalfDays() {
    return halfDays;
  }

  public boolean isCheckedIn() {
    return checkedIn;
  }

  public boolean isConfirmed() {
    return confirmed;
  }
}
