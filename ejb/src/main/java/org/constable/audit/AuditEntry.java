package org.constable.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One change, written in the transaction of the change itself. Never updated, never deleted. */
@Entity
@Table(name = "audit_log")
@NamedQuery(
    name = "AuditEntry.findByEntity",
    query =
        "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id"
            + " ORDER BY a.occurredAt DESC, a.id DESC")
public class AuditEntry {

  @Id
  @SequenceGenerator(name = "audit_log_seq", sequenceName = "audit_log_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_log_seq")
  private Long id;

  @Column(name = "occurred_at", nullable = false, updatable = false)
  private LocalDateTime occurredAt;

  @Column(name = "actor_police_number", updatable = false)
  private String actorPoliceNumber;

  @Column(name = "entity_type", nullable = false, updatable = false)
  private String entityType;

  @Column(name = "entity_id", nullable = false, updatable = false)
  private String entityId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Lob
  @Column(updatable = false)
  private String changes;

  @Column(name = "client_address", updatable = false)
  private String clientAddress;

  /** A keyed digest of the fields above (null on entries older than the digest). */
  @Column(updatable = false)
  private String digest;

  protected AuditEntry() {}

  AuditEntry(
      LocalDateTime occurredAt,
      String actorPoliceNumber,
      String entityType,
      String entityId,
      String action,
      String changes,
      String clientAddress) {
    this.occurredAt = occurredAt;
    this.actorPoliceNumber = actorPoliceNumber;
    this.entityType = entityType;
    this.entityId = entityId;
    this.action = action;
    this.changes = changes;
    this.clientAddress = clientAddress;
  }

  /** Seals the entry once it has its id; the check recomputes the same. */
  void seal(ChainDigest chain) {
    this.digest = digestWith(chain);
  }

  String digestWith(ChainDigest chain) {
    return chain.of(
        "",
        id,
        occurredAt,
        actorPoliceNumber,
        entityType,
        entityId,
        action,
        changes,
        clientAddress);
  }

  public String getClientAddress() {
    return clientAddress;
  }

  String getDigest() {
    return digest;
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActorPoliceNumber() {
    return actorPoliceNumber;
  }

  public String getEntityType() {
    return entityType;
  }

  public String getEntityId() {
    return entityId;
  }

  public String getAction() {
    return action;
  }

  /** The changed fields as JSON: {"field": ["before", "after"], …}. */
  public String getChanges() {
    return changes;
  }
}
