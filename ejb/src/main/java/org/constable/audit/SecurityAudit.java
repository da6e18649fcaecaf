package org.constable.audit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.OfficerNames;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * The audit administrator's reading of the security log: searched and paged in the database, and
 * checked end to end against the key. The check's own run is logged too.
 */
@Stateless
@Guard(Permissions.AUDIT_SECURITY)
public class SecurityAudit {

  public static final int MAX_PAGE_SIZE = 500;
  private static final int CHECK_PAGE = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private AuditKey key;
  @Inject private SecurityLog log;
  @Inject private OfficerNames names;

  /** The newest first: the page is read alone, then its actors' and officers' names. */
  public List<SecurityEventRow> search(SecurityEventFilter filter, int first, int pageSize) {
    var where = conditions(filter);
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT e.id, e.occurredAt, e.actor, e.clientAddress, e.type, e.outcome, e.officerId,"
                + " e.detail FROM SecurityEvent e"
                + where.jpql()
                + " ORDER BY e.id DESC",
            Object[].class);
    where.parameters().forEach(query::setParameter);
    List<Object[]> page =
        query
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE))
            .getResultList();
    Map<String, String> actors =
        names.byPoliceNumber(page.stream().map(r -> (String) r[2]).toList());
    Map<Long, OfficerNames.Named> officers =
        names.byId(page.stream().map(r -> (Long) r[6]).toList());
    return page.stream()
        .map(
            r -> {
              OfficerNames.Named officer = r[6] == null ? null : officers.get((Long) r[6]);
              return new SecurityEventRow(
                  (Long) r[0],
                  (LocalDateTime) r[1],
                  (String) r[2],
                  r[2] == null ? null : actors.get((String) r[2]),
                  (String) r[3],
                  (SecurityEventType) r[4],
                  (SecurityOutcome) r[5],
                  officer == null ? null : officer.policeNumber(),
                  officer == null ? null : officer.name(),
                  (String) r[7]);
            })
        .toList();
  }

  public long count(SecurityEventFilter filter) {
    var where = conditions(filter);
    var query = em.createQuery("SELECT COUNT(e) FROM SecurityEvent e" + where.jpql(), Long.class);
    where.parameters().forEach(query::setParameter);
    return query.getSingleResult();
  }

  /**
   * Reads both logs in order and recomputes every digest: the first entry that does not hold stops
   * the check. Page by page, so memory stays flat however long the log.
   */
  public ChainCheck check() {
    var digest = key.digest();
    // entries written while the check runs come after the head it read: they wait for the next
    SecurityChain head = em.find(SecurityChain.class, SecurityChain.ID);
    long last = head.lastId();
    String lastDigest = head.lastDigest();
    em.clear();
    String previous = ChainDigest.START;
    long expected = 1;
    Long broken = null;
    ChainCheck.Break reason = null;
    long events = 0;
    outer:
    while (expected <= last) {
      List<SecurityEvent> page =
          em.createQuery(
                  "SELECT e FROM SecurityEvent e WHERE e.id >= :from AND e.id <= :last"
                      + " ORDER BY e.id",
                  SecurityEvent.class)
              .setParameter("from", expected)
              .setParameter("last", last)
              .setMaxResults(CHECK_PAGE)
              .getResultList();
      for (SecurityEvent event : page) {
        if (event.getId() != expected) {
          broken = expected;
          reason = ChainCheck.Break.GAP;
          break outer;
        }
        if (!event.getDigest().equals(event.digestAfter(previous, digest))) {
          broken = event.getId();
          reason = ChainCheck.Break.DIGEST;
          break outer;
        }
        previous = event.getDigest();
        expected++;
        events++;
      }
      em.clear();
      if (page.isEmpty()) {
        break;
      }
    }
    if (broken == null && (expected - 1 != last || !previous.equals(lastDigest))) {
      broken = expected;
      reason = ChainCheck.Break.HEAD;
    }
    long changes = 0;
    if (broken == null) {
      long after = 0;
      while (true) {
        List<AuditEntry> page =
            em.createQuery(
                    "SELECT a FROM AuditEntry a WHERE a.id > :after AND a.digest IS NOT NULL"
                        + " ORDER BY a.id",
                    AuditEntry.class)
                .setParameter("after", after)
                .setMaxResults(CHECK_PAGE)
                .getResultList();
        for (AuditEntry entry : page) {
          if (!entry.getDigest().equals(entry.digestWith(digest))) {
            broken = entry.getId();
            reason = ChainCheck.Break.CHANGE_RECORD;
            break;
          }
          changes++;
          after = entry.getId();
        }
        em.clear();
        if (broken != null || page.size() < CHECK_PAGE) {
          break;
        }
      }
    }
    var result = new ChainCheck(events, changes, broken, reason);
    log.record(
        SecurityEventType.CHAIN_CHECKED,
        result.holds() ? SecurityOutcome.SUCCESS : SecurityOutcome.FAILURE,
        null,
        result.holds()
            ? "events=" + events + "; changes=" + changes
            : "broken at " + broken + " (" + reason + ")");
    return result;
  }

  private record Where(String jpql, Map<String, Object> parameters) {}

  private static Where conditions(SecurityEventFilter filter) {
    SecurityEventFilter f = filter == null ? SecurityEventFilter.none() : filter;
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new LinkedHashMap<>();
    if (f.actor() != null && !f.actor().isBlank()) {
      conditions.add("e.actor = :actor");
      parameters.put("actor", f.actor().trim());
    }
    if (f.type() != null) {
      conditions.add("e.type = :type");
      parameters.put("type", f.type());
    }
    if (f.outcome() != null) {
      conditions.add("e.outcome = :outcome");
      parameters.put("outcome", f.outcome());
    }
    if (f.officerPoliceNumber() != null && !f.officerPoliceNumber().isBlank()) {
      conditions.add("e.officerId IN (SELECT x.id FROM Officer x WHERE x.policeNumber = :officer)");
      parameters.put("officer", f.officerPoliceNumber().trim());
    }
    if (f.from() != null) {
      conditions.add("e.occurredAt >= :from");
      parameters.put("from", f.from().atStartOfDay());
    }
    if (f.to() != null) {
      conditions.add("e.occurredAt < :to");
      parameters.put("to", f.to().plusDays(1).atStartOfDay());
    }
    String jpql = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    return new Where(jpql, parameters);
  }
}
