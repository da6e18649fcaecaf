package org.constable.training;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.constable.personnel.Officer;
import org.constable.platform.Attachment;

/**
 * Training an officer did outside Constable's sessions, with its proof; it credits the quota of the
 * year it ended in once HR approves it.
 */
@Entity
@Table(name = "training_external")
public class ExternalTraining {

  @Id
  @SequenceGenerator(name = "training_seq", sequenceName = "training_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExternalKind kind;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String provider;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "half_days", nullable = false)
  private int halfDays;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] proof;

  @Column(name = "proof_name", nullable = false)
  private String proofName;

  @Column(name = "proof_type", nullable = false)
  private String proofType;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExternalStatus status;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "submitted_at", nullable = false)
  private LocalDateTime submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "decided_at")
  private LocalDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Version private long version;

  protected ExternalTraining() {}

  ExternalTraining(
      Officer officer,
      ExternalInput input,
      Attachment proof,
      LocalDateTime submittedAt,
      String submittedBy) {
    this.officer = officer;
    this.kind = input.kind();
    this.title = input.title().strip();
    this.provider = input.provider().strip();
    this.startDate = input.startDate();
    this.endDate = input.endDate();
    this.halfDays = input.halfDays();
    this.proof = proof.content();
    this.proofName = proof.fileName();
    this.proofType = proof.contentType();
    this.status = ExternalStatus.PENDING;
    this.submittedAt = submittedAt;
    this.submittedBy = submittedBy;
  }

  void decide(ExternalStatus outcome, String reason, LocalDateTime at, String by) {
    this.status = outcome;
    this.decisionReason = reason;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  public Long getId() {
    return id;
  }

  public Officer getOfficer() {
    return officer;
  }

  public ExternalKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getProvider() {
    return provider;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public int getHalfDays() {
    return halfDays;
  }

  public Attachment getProof() {
    return new Attachment(proofName, proofType, proof);
  }

  public String getProofName() {
    return proofName;
  }

  public ExternalStatus getStatus() {
    return status;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public LocalDateTime getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public long getVersion() {
    return version;
  }
}
