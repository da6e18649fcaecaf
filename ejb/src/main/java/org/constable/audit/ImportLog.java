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
import org.constable.security.CurrentUser;
import org.constable.security.DataScope;
import org.constable.security.Guard;

/**
 * The import log: every workbook import, accepted, refused or cancelled, with its counts. An entry
 * is written in a transaction of its own, so a refused import is logged although its own work is
 * rolled back. A user reads the imports of its kind made within its data scope.
 */
@Stateless
@Guard
public class ImportLog {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(ImportLogDraft draft) {
    currentUser.require(draft.kind().permission());
    em.persist(
        new ImportLogEntry(
            draft,
            currentUser.policeNumberOrNull(),
            currentUser.scope().unitPath(),
            LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)));
  }

  /** The latest imports of a kind within the caller's scope, newest first. */
  public List<ImportLogLine> recent(ImportKind kind, int max) {
    currentUser.require(kind.permission());
    DataScope scope = currentUser.scope();
    return em.createQuery(
            "SELECT NEW org.constable.audit.ImportLogLine(e.importedAt, e.fileName, e.importedBy,"
                + " o.name, e.rowCount, e.createdCount, e.updatedCount, e.errorCount, e.outcome)"
                + " FROM ImportLogEntry e LEFT JOIN Officer o ON o.policeNumber = e.importedBy"
                + " WHERE e.kind = :kind AND e.scopePath LIKE :scope"
                + " ORDER BY e.importedAt DESC, e.id DESC",
            ImportLogLine.class)
        .setParameter("kind", kind)
        .setParameter("scope", scope.pathPattern())
        .setMaxResults(max)
        .getResultList();
  }
}
