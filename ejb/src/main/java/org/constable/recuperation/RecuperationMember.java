package org.constable.recuperation;

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
import org.constable.personnel.Officer;
import org.constable.platform.BusinessException;

/** An officer in a recuperation group, with why the rules chose it and how it ended. */
@Entity
@Table(name = "recuperation_member")
public class RecuperationMember {

  @Id
  @SequenceGenerator(
      name = "recuperation_seq",
      sequenceName = "recuperation_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recuperation_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "group_id")
  private RecuperationGroup group;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MemberState state;

  @Column(name = "health_reason", nullable = false)
  private boolean healthReason;

  @Column(name = "front_years", nullable = false)
  private int frontYears;

  private String note;

  @Column(name = "leave_id")
  private Long leaveId;

  @Column(name = "selected_at", nullable = false)
  private LocalDateTime selectedAt;

  @Column(name = "selected_by")
  private String selectedBy;

  @Version private long version;

  protected RecuperationMember() {}

  RecuperationMember(
      RecuperationGroup group, Officer officer, Priority priority, LocalDateTime at, String by) {
    this.group = group;
    this.officer = officer;
    this.state = MemberState.SELECTED;
    this.healthReason = priority.healthReason();
    this.frontYears = priority.frontYears();
    this.selectedAt = at;
    this.selectedBy = by;
  }

  void attended(long leave) {
    requireSelected();
    this.state = MemberState.ATTENDED;
    this.leaveId = leave;
  }

  void declined(String reason) {
    requireSelected();
    this.state = MemberState.DECLINED;
    this.note = reason;
  }

  void requireSelected() {
    if (state != MemberState.SELECTED) {
      throw new BusinessException("recuperation.member.decided");
    }
  }

  public Long getId() {
    return id;
  }

  public RecuperationGroup getGroup() {
    return group;
  }

  public Officer getOfficer() {
    return officer;
  }

  public MemberState getState() {
    return state;
  }

  public long getVersion() {
    return version;
  }

  Map<String, Object> snapshot() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("group", group.getId());
    m.put("officer", officer.getPoliceNumber());
    m.put("state", state);
    m.put("frontYears", frontYears);
    m.put("note", note);
    m.put("leave", leaveId);
    return m;
  }
}
