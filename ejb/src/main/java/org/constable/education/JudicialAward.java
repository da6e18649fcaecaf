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
import org.constable.personnel.OrgUnit;
import org.constable.platform.BusinessException;

/** The material award for passing the judicial exam (法律职业资格): once per officer. */
@Entity
@Table(name = "education_award")
public class JudicialAward {

  @Id
  @SequenceGenerator(name = "education_seq", sequenceName = "education_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "education_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Column(name = "certificate_id")
  private Long certificateId;

  @Column(name = "passed_on", nullable = false)
  private LocalDate passedOn;

  @Column(nullable = false)
  private BigDecimal amount;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AwardState state;

  @Column(name = "raised_at", nullable = false)
  private LocalDateTime raisedAt;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "paying_unit_id")
  private OrgUnit payingUnit;

  @Version private long version;

  protected JudicialAward() {}

  JudicialAward(
      Officer officer,
      Long certificateId,
      LocalDate passedOn,
      BigDecimal amount,
      LocalDateTime at) {
    this.officer = officer;
    this.certificateId = certificateId;
    this.passedOn = passedOn;
    this.amount = Percent.yuan(amount);
    this.state = AwardState.RAISED;
    this.raisedAt = at;
  }

  void approve(LocalDateTime at, String by) {
    requireState(AwardState.RAISED);
    this.state = AwardState.APPROVED;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  void pay(LocalDate on, OrgUnit unit) {
    requireState(AwardState.APPROVED);
    this.state = AwardState.PAID;
    this.paidOn = on;
    this.payingUnit = unit;
  }

  private void requireState(AwardState expected) {
    if (state != expected) {
      throw new BusinessException("education.award.wrongState");
    }
  }

  Map<String, Object> snapshot() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("officer", officer.getPoliceNumber());
    v.put("certificate", certificateId);
    v.put("passedOn", passedOn);
    v.put("amount", amount);
    v.put("state", state);
    v.put("paidOn", paidOn);
    v.put("payingUnit", payingUnit == null ? null : payingUnit.getCode());
    return v;
  }

  AwardRow row() {
    return new AwardRow(
        id,
        officer.getId(),
        officer.getPoliceNumber(),
        officer.getName(),
        officer.getUnit().getLabelZh(),
        certificateId != null,
        passedOn,
        amount,
        state,
        paidOn,
        payingUnit == null ? null : payingUnit.getLabelZh(),
        version);
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public AwardState getState() {
    return state;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public long getVersion() {
    return version;
  }
}
