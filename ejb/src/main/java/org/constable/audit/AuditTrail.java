package org.constable.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.constable.platform.RequestOrigin;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Unguarded;

/**
 * Writes audit entries. MANDATORY: an entry exists only together with the change it describes,
 * committed or rolled back with it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditTrail {

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private CurrentUser currentUser;
  @Inject private AuditKey key;

  @Unguarded("only services call it, inside their own guarded transaction (MANDATORY)")
  public void record(String entityType, Object entityId, String action, Changes changes) {
    var entry =
        new AuditEntry(
            LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS),
            currentUser.policeNumberOrNull(),
            entityType,
            String.valueOf(entityId),
            action,
            changes.isEmpty() ? null : changes.toJson(),
            RequestOrigin.address());
    em.persist(entry);
    // the sequence gave the id on persist; the insert comes at the flush, digest included
    entry.seal(key.digest());
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  @Guard(Permissions.AUDIT_READ)
  public List<AuditEntry> historyOf(String entityType, Object entityId) {
    return em.createNamedQuery("AuditEntry.findByEntity", AuditEntry.class)
        .setParameter("type", entityType)
        .setParameter("id", String.valueOf(entityId))
        .setMaxResults(500)
        .getResultList();
  }
}
