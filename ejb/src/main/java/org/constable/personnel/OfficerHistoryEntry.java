package org.constable.personnel;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One dated change of an officer's unit, post, grade, rank, line, status or education. Never
 * overwritten.
 */
@Entity
@Table(name = "officer_history")
@NamedQuery(
    name = "OfficerHistoryEntry.findByOfficer",
    query =
        "SELECT h FROM OfficerHistoryEntry h WHERE h.officer.id = :officerId"
            + " ORDER BY h.effectiveDate DESC, h.id DESC")
public class OfficerHistoryEntry {

  /** What changed. */
  public enum Attribute {
    UNIT,
    POST,
    GRADE,
    RANK,
    LINE,
    STATUS,
    EDUCATION
  }

  @Id
  @SequenceGenerator(
      name = "officer_history_seq",
      sequenceName = "officer_history_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "officer_history_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "officer_id")
  private Officer officer;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Attribute attribute;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  @Column(name = "effective_date", nullable = false)
  private LocalDate effectiveDate;

  @Column(name = "recorded_at", nullable = false)
  private LocalDateTime recordedAt;

  @Column(name = "recorded_by")
  private String recordedBy;

  protected OfficerHistoryEntry() {}

  OfficerHistoryEntry(
      Officer officer, Attribute attribute, String oldValue, String newValue, HistoryStamp stamp) {
    this.officer = officer;
    this.attribute = attribute;
    this.oldValue = oldValue;
    this.newValue = newValue;
    this.effectiveDate = stamp.effective();
    this.recordedAt = stamp.recordedAt();
    this.recordedBy = stamp.recordedBy();
  }

  public Attribute getAttribute() {
    return attribute;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }
}
