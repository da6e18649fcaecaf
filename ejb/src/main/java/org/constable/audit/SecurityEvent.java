package org.constable.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One entry of the security log: who, when, from where, what, with what outcome. Written once,
 * never updated (no setters, no updatable column), never deleted by the application; its digest
 * chains it to the entry before it.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

  @Id
  @Column(updatable = false)
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(updatable = false)
  private String actor;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, updatable = false)
  private SecurityEventType type;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private SecurityOutcome outcome;

  @Column(name = "officer_id", updatable = false)
  private Long officerId;

  @Column(updatable = false)
  private String detail;

  @Column(nullable = false, updatable = false)
  private String digest;

  protected SecurityEvent() {}

  SecurityEvent(
      long id,
      LocalDateTime occurredAt,
      SecurityEventDraft draft,
      String previous,
      ChainDigest chain) {
    this.id = id;
    this.occurredAt = occurredAt;
    this.actor = draft.actor();
    this.clientAddress = draft.clientAddress();
    this.type = draft.type();
    this.outcome = draft.outcome();
    this.officerId = draft.officerId();
    this.detail = draft.detail();
    this.digest = digestAfter(previous, chain);
  }

  /** What the digest covers, in order: changing any of it breaks the chain. */
  String digestAfter(String previous, ChainDigest chain) {
    return chain.of(
        previous, id, occurredAt, actor, clientAddress, type, outcome, officerId, detail);
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getClientAddress() {
    return clientAddress;
  }

  public SecurityEventType getType() {
    return type;
  }

  public SecurityOutcome getOutcome() {
    return outcome;
  }

  public Long getOfficerId() {
    return officerId;
  }

  public String getDetail() {
    return detail;
  }

  public String getDigest() {
    return digest;
  }
}
