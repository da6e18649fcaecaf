package org.constable.education;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.constable.personnel.Education;
import org.constable.personnel.Officer;
import org.constable.personnel.OrgUnit;
import org.constable.platform.Attachment;
import org.constable.platform.BooleanAsNumber;
import org.constable.platform.BusinessException;

/**
 * A tuition reimbursement claim: what the rule gave on filing (kept, with the facts it rested on),
 * HR's decision (approval at the rule's share, an override with its justification, or a rejection
 * with its reason), and the payment.
 */
@Entity
@Table(name = "education_claim")
public class TuitionClaim {

  @Id
  @SequenceGenerator(name = "education_seq", sequenceName = "education_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "education_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrolment_id")
  private UpgradeEnrolment enrolment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ClaimState state;

  @Column(nullable = false)
  private BigDecimal tuition;

  @Column(name = "rule_key", nullable = false)
  private String ruleKey;

  @Column(name = "rule_percent", nullable = false)
  private BigDecimal rulePercent;

  @Column(name = "rule_amount", nullable = false)
  private BigDecimal ruleAmount;

  @Column(name = "age_on_start", nullable = false)
  private int ageOnStart;

  @Column(name = "grade_on_start")
  private String gradeOnStart;

  @Enumerated(EnumType.STRING)
  @Column(name = "education_on_start", nullable = false)
  private Education educationOnStart;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] receipt;

  @Column(name = "receipt_name", nullable = false)
  private String receiptName;

  @Column(name = "receipt_type", nullable = false)
  private String receiptType;

  @Column(name = "filed_at", nullable = false)
  private LocalDateTime filedAt;

  @Column(name = "filed_by")
  private String filedBy;

  @Column(name = "approved_percent")
  private BigDecimal approvedPercent;

  @Column(name = "approved_amount")
  private BigDecimal approvedAmount;

  @Convert(converter = BooleanAsNumber.class)
  private boolean overridden;

  private String justification;

  @Column(name = "reject_reason")
  private String rejectReason;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "paid_amount")
  private BigDecimal paidAmount;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "paying_unit_id")
  private OrgUnit payingUnit;

  @Version private long version;

  protected TuitionClaim() {}

  TuitionClaim(
      UpgradeEnrolment enrolment,
      ReimbursementCase facts,
      ReimbursementResult result,
      Attachment receipt,
      LocalDateTime at,
      String by) {
    this.enrolment = enrolment;
    this.officer = enrolment.getOfficer();
    this.state = ClaimState.FILED;
    this.tuition = facts.tuition();
    this.ruleKey = result.ruleKey();
    this.rulePercent = result.percent();
    this.ruleAmount = result.amount();
    this.ageOnStart = facts.age();
    this.educationOnStart = facts.educationAtStart();
    this.receipt = receipt.content();
    this.receiptName = receipt.fileName();
    this.receiptType = receipt.contentType();
    this.filedAt = at;
    this.filedBy = by;
  }

  void gradeOnStart(String code) {
    this.gradeOnStart = code;
  }

  /** HR accepts the rule's share; a share of 0% cannot be approved, only overridden or rejected. */
  void approve(LocalDateTime at, String by) {
    requireState(ClaimState.FILED);
    if (rulePercent.signum() == 0) {
      throw new BusinessException("education.claim.notCoveredNeedsOverride");
    }
    decide(rulePercent, ruleAmount, at, by);
  }

  void override(BigDecimal percent, String why, LocalDateTime at, String by) {
    requireState(ClaimState.FILED);
    if (percent == null || percent.signum() < 0 || percent.compareTo(Percent.HUNDRED) > 0) {
      throw new BusinessException("education.claim.badPercent");
    }
    this.overridden = true;
    this.justification = why;
    decide(percent, Percent.of(tuition, percent), at, by);
  }

  void reject(String why, LocalDateTime at, String by) {
    requireState(ClaimState.FILED);
    this.rejectReason = why;
    this.state = ClaimState.REJECTED;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  void pay(BigDecimal amount, LocalDate on, OrgUnit unit) {
    requireState(ClaimState.APPROVED);
    this.paidAmount = amount;
    this.paidOn = on;
    this.payingUnit = unit;
    this.state = ClaimState.PAID;
  }

  private void decide(BigDecimal percent, BigDecimal amount, LocalDateTime at, String by) {
    this.approvedPercent = percent;
    this.approvedAmount = amount;
    this.state = ClaimState.APPROVED;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  private void requireState(ClaimState expected) {
    if (state != expected) {
      throw new BusinessException("education.claim.wrongState");
    }
  }

  Map<String, Object> snapshot() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("officer", officer.getPoliceNumber());
    v.put("enrolment", enrolment.getId());
    v.put("state", state);
    v.put("tuition", tuition);
    v.put("rule", ruleKey);
    v.put("rulePercent", rulePercent);
    v.put("ruleAmount", ruleAmount);
    v.put("ageOnStart", ageOnStart);
    v.put("gradeOnStart", gradeOnStart);
    v.put("educationOnStart", educationOnStart);
    v.put("receipt", receiptName);
    v.put("approvedPercent", approvedPercent);
    v.put("approvedAmount", approvedAmount);
    v.put("overridden", overridden);
    v.put("justification", justification);
    v.put("rejectReason", rejectReason);
    v.put("paidAmount", paidAmount);
    v.put("paidOn", paidOn);
    v.put("payingUnit", payingUnit == null ? null : payingUnit.getCode());
    return v;
  }

  ClaimRow row() {
    return new ClaimRow(
        id,
        officer.getId(),
        officer.getPoliceNumber(),
        officer.getName(),
        officer.getUnit().getLabelZh(),
        enrolment.getProgramme(),
        enrolment.getOutcome(),
        enrolment.getStartedOn(),
        state,
        tuition,
        ruleKey,
        rulePercent,
        ruleAmount,
        ageOnStart,
        gradeOnStart,
        educationOnStart,
        approvedPercent,
        approvedAmount,
        overridden,
        justification,
        rejectReason,
        paidAmount,
        paidOn,
        payingUnit == null ? null : payingUnit.getLabelZh(),
        filedAt,
        version);
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public ClaimState getState() {
    return state;
  }

  public BigDecimal getApprovedAmount() {
    return approvedAmount;
  }

  Attachment receipt() {
    return new Attachment(receiptName, receiptType, receipt);
  }

  public long getVersion() {
    return version;
  }
}
