package org.constable.leave;

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
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.constable.personnel.Officer;
import org.constable.platform.BusinessException;

/** One leave of an officer: asked for and decided, or recorded by HR. */
@Entity
@Table(name = "leave_record")
public class LeaveRecord {

  @Id
  @SequenceGenerator(name = "leave_seq", sequenceName = "leave_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leave_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Enumerated(EnumType.STRING)
  @Column(name = "leave_type", nullable = false)
  private LeaveType type;

  @Column(name = "leave_year", nullable = false)
  private int year;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(nullable = false)
  private int days;

  @Column(name = "pay_deducted", nullable = false)
  private boolean payDeducted;

  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private LeaveState state;

  @Column(name = "requested_at", nullable = false)
  private LocalDateTime requestedAt;

  @Column(name = "requested_by")
  private String requestedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decline_reason")
  private String declineReason;

  @Version private long version;

  protected LeaveRecord() {}

  LeaveRecord(
      Officer officer, LeaveInput input, int days, LocalDateTime at, String by, boolean recorded) {
    this.officer = officer;
    this.type = input.type();
    this.year = input.from().getYear();
    this.startDate = input.from();
    this.endDate = input.to();
    this.days = days;
    this.payDeducted = input.payDeducted();
    this.reason = input.reason();
    this.requestedAt = at;
    this.requestedBy = by;
    this.state = recorded ? LeaveState.APPROVED : LeaveState.REQUESTED;
    if (recorded) {
      this.decidedAt = at;
      this.decidedBy = by;
    }
  }

  void decide(boolean approve, String declineReason, LocalDateTime at, String by) {
    requireRequested();
    this.state = approve ? LeaveState.APPROVED : LeaveState.DECLINED;
    this.declineReason = approve ? null : declineReason;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  void withdraw(LocalDateTime at, String by) {
    requireRequested();
    this.state = LeaveState.WITHDRAWN;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  /** HR takes back a leave it recorded or that was approved: the days are given back. */
  void cancel(LocalDateTime at, String by) {
    if (!state.holdsDays()) {
      throw new BusinessException("leave.notActive");
    }
    this.state = LeaveState.WITHDRAWN;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  private void requireRequested() {
    if (state != LeaveState.REQUESTED) {
      throw new BusinessException("leave.alreadyDecided");
    }
  }

  Map<String, Object> snapshot() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("officer", officer.getPoliceNumber());
    v.put("type", type);
    v.put("from", startDate);
    v.put("to", endDate);
    v.put("days", days);
    v.put("payDeducted", payDeducted);
    v.put("reason", reason);
    v.put("state", state);
    v.put("declineReason", declineReason);
    return v;
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public int getYear() {
    return year;
  }

  public LeaveType getType() {
    return type;
  }

  public LeaveState getState() {
    return state;
  }

  public long getVersion() {
    return version;
  }
}
