package org.constable.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.constable.platform.OracleLimits;
import org.constable.security.CurrentUser;
import org.constable.security.Unguarded;

/**
 * Writes the security log. Each entry is written in a transaction of its own, so that a refusal
 * rolled back with its request is recorded all the same; writers take their turn on the chain's
 * head, which gives every entry the next position and the digest that follows the last one. Changes
 * that must be logged only if they commit go through {@link SecurityEvents}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityLog {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private AuditKey key;
  @Inject private CurrentUser currentUser;

  @Unguarded("the audit of every caller, the anonymous included; it only appends")
  public void write(SecurityEventDraft draft) {
    SecurityChain head =
        em.find(
            SecurityChain.class,
            SecurityChain.ID,
            LockModeType.PESSIMISTIC_WRITE,
            OracleLimits.lockTimeout());
    long id = head.lastId() + 1;
    var event =
        new SecurityEvent(
            id,
            LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
            draft,
            head.lastDigest(),
            key.digest());
    em.persist(event);
    head.advance(id, event.getDigest());
  }

  /** An event of the caller (or of nobody, before a log-in). */
  @Unguarded("the audit of every caller, the anonymous included; it only appends")
  public void record(
      SecurityEventType type, SecurityOutcome outcome, Long officerId, String detail) {
    write(
        SecurityEventDraft.of(currentUser.policeNumberOrNull(), type, outcome, officerId, detail));
  }
}
