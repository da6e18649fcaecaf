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
import java.util.Map;
import org.constable.personnel.OfficerNames;
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
  @Inject private OfficerNames names;

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

  /** The latest imports of a kind within the caller's scope, newest first, importers by name. */
  public List<ImportLogLine> recent(ImportKind kind, int max) {
    currentUser.require(kind.permission());
    DataScope scope = currentUser.scope();
    // the importer's police number in the name too, until the page's names are looked up
    List<ImportLogLine> page =
        em.createQuery(
                "SELECT NEW org.constable.audit.ImportLogLine(e.importedAt, e.fileName,"
                    + " e.importedBy, e.importedBy, e.rowCount, e.createdCount, e.updatedCount,"
                    + " e.errorCount, e.outcome) FROM ImportLogEntry e"
                    + " WHERE e.kind = :kind AND e.scopePath LIKE :scope"
                    + " ORDER BY e.importedAt DESC, e.id DESC",
                ImportLogLine.class)
            .setParameter("kind", kind)
            .setParameter("scope", scope.pathPattern())
            .setMaxResults(max)
            .getResultList();
    Map<String, String> importers =
        names.byPoliceNumber(page.stream().map(ImportLogLine::importerPoliceNumber).toList());
    return page.stream()
        .map(
            e ->
                new ImportLogLine(
                    e.importedAt(),
                    e.fileName(),
                    e.importerPoliceNumber(),
                    e.importerPoliceNumber() == null
                        ? null
                        : importers.get(e.importerPoliceNumber()),
                    e.rows(),
                    e.created(),
                    e.updated(),
                    e.errors(),
                    e.outcome()))
        .toList();
  }
}
