package org.constable.health;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.audit.Changes;
import org.constable.personnel.InvalidInputException;
import org.constable.personnel.Officer;
import org.constable.platform.NativeSql;
import org.constable.platform.NotFoundException;
import org.constable.platform.Versioned;
import org.constable.reference.ReferenceCodes;
import org.constable.reference.ReferenceEntry;
import org.constable.reference.ReferenceLists;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * Officers' health checks and the health archive. Named health data (an officer's archive, a list
 * of named officers, an export) is for the officer itself and for health:read within the caller's
 * scope, and every such read is in the security log; the coverage and condition reports are counts
 * only, for HR and leaders as well. health:manage records and removes checks.
 */
@Stateless
@Guard
public class HealthChecks {

  static final String ENTITY = "HealthCheck";

  /** The most rows one page of a named list returns. */
  public static final int LARGEST_PAGE = 500;

  @PersistenceContext private EntityManager em;
  @Inject private HealthAccess access;
  @Inject private HealthPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private HealthWriter writer;
  @Inject private ReferenceLists references;
  @Inject private Clock clock;

  @Guard(Permissions.HEALTH_MANAGE)
  public long record(long officerId, CheckInput input) {
    Officer officer = access.managed(officerId);
    ReferenceCodes codes = references.activeCodes();
    var problems = input.problems(LocalDate.now(clock), codes);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return writer.save(officer, input.normalised(codes));
  }

  @Guard(Permissions.HEALTH_MANAGE)
  public void remove(long checkId, long versionSeen) {
    HealthCheck check = em.find(HealthCheck.class, checkId);
    if (check == null) {
      throw new NotFoundException(ENTITY, checkId);
    }
    access.managed(check.getOfficer().getId());
    Versioned.requireCurrent(check.getVersion(), versionSeen);
    audit.record(ENTITY, checkId, "DELETE", Changes.between(check.snapshot(), Map.of()));
    em.remove(check);
    Versioned.flush(em);
  }

  /** An officer's health archive: its own, or for health:read within the scope; audited. */
  public HealthArchive archive(long officerId) {
    Officer officer = access.readable(officerId, "health archive");
    List<CheckRow> checks =
        em.createQuery(
                "SELECT h FROM HealthCheck h WHERE h.officer.id = :o ORDER BY h.checkedOn DESC",
                HealthCheck.class)
            .setParameter("o", officerId)
            .getResultStream()
            .map(HealthCheck::row)
            .toList();
    return HealthArchive.of(
        officerId,
        officer.getPoliceNumber(),
        officer.getName(),
        checks,
        references.entries(CheckInput.CONDITIONS).stream().map(ReferenceEntry::code).toList(),
        policy.schedule(),
        LocalDate.now(clock));
  }

  /** The caller's own archive (我的健康档案). */
  @Guard(Permissions.SELF_READ)
  public HealthArchive mine() {
    return archive(access.me());
  }

  /** Whether the caller consented that its conditions count for its recuperation priority. */
  @Guard(Permissions.SELF_READ)
  public boolean myConsent() {
    HealthConsent consent = em.find(HealthConsent.class, access.me());
    return consent != null && consent.isConsented();
  }

  /** The caller gives or takes back that consent; audited. */
  @Guard(Permissions.SELF_READ)
  public void consent(boolean given) {
    long me = access.me();
    HealthConsent consent = em.find(HealthConsent.class, me);
    boolean before = consent != null && consent.isConsented();
    if (consent == null) {
      consent = new HealthConsent(me);
      consent.set(given, java.time.LocalDateTime.now(clock));
      em.persist(consent);
    } else {
      consent.set(given, java.time.LocalDateTime.now(clock));
    }
    audit.record(
        "HealthConsent",
        me,
        "UPDATE",
        Changes.between(Map.of("consented", before), Map.of("consented", given)));
  }

  /**
   * The year's coverage per unit of the scope, as counts: active officers, checked in the year,
   * overdue today. Units without active officers are left out.
   */
  @Guard({Permissions.PERSONNEL_READ, Permissions.HEALTH_READ})
  public List<CoverageRow> coverage(int year) {
    LocalDate today = LocalDate.now(clock);
    NativeSql head =
        new NativeSql()
            .sql("SELECT x.unit_id, x.label_zh, x.label_en, COUNT(*), SUM(x.checked_in_year),")
            .sql(" SUM(x.overdue_now) FROM (");
    List<Object[]> rows =
        HealthQueries.perOfficer(
                head, access.scopePattern(), null, year, policy.schedule().cutoff(today), today)
            .sql(") x GROUP BY x.unit_id, x.label_zh, x.label_en ORDER BY x.label_zh")
            .rows(em);
    List<CoverageRow> out = new ArrayList<>();
    for (Object[] r : rows) {
      out.add(
          new CoverageRow(
              NativeSql.number(r[0]),
              (String) r[1],
              (String) r[2],
              NativeSql.number(r[3]),
              NativeSql.number(r[4]),
              NativeSql.number(r[5])));
    }
    return out;
  }

  /**
   * How many active officers of the scope a check of the year found each condition in, as counts
   * (every HCOND entry, zero included, in the list's order).
   */
  @Guard({Permissions.PERSONNEL_READ, Permissions.HEALTH_READ})
  public List<ConditionCount> conditionCounts(int year) {
    List<Object[]> rows =
        new NativeSql()
            .sql(
                "SELECT c.condition_code, COUNT(DISTINCT h.officer_id) FROM health_check_condition c"
                    + " JOIN health_check h ON h.id = c.check_id"
                    + " JOIN officer o ON o.id = h.officer_id JOIN org_unit u ON u.id = o.unit_id"
                    + " WHERE o.status IN "
                    + HealthQueries.ACTIVE
                    + " AND h.checked_on >= ")
            .value(LocalDate.of(year, 1, 1))
            .sql(" AND h.checked_on < ")
            .value(LocalDate.of(year + 1, 1, 1))
            .sql(" AND u.path LIKE ")
            .value(access.scopePattern())
            .sql(" GROUP BY c.condition_code")
            .rows(em);
    Map<String, Long> counts = new java.util.HashMap<>();
    rows.forEach(r -> counts.put((String) r[0], NativeSql.number(r[1])));
    List<ConditionCount> out = new ArrayList<>();
    for (ReferenceEntry entry : references.entries(CheckInput.CONDITIONS)) {
      out.add(new ConditionCount(entry.code(), counts.getOrDefault(entry.code(), 0L)));
    }
    return out;
  }

  /**
   * The officers of the scope (of one unit, if given) overdue today, by name: health:read; audited.
   */
  @Guard(Permissions.HEALTH_READ)
  public NamedPage overdue(Long unitId, int first, int max) {
    access.requireNamed("health overdue list");
    LocalDate today = LocalDate.now(clock);
    LocalDate cutoff = policy.schedule().cutoff(today);
    String from = ") x WHERE x.overdue_now = 1";
    long total =
        HealthQueries.perOfficer(
                new NativeSql().sql("SELECT COUNT(*) FROM ("),
                access.scopePattern(),
                unitId,
                today.getYear(),
                cutoff,
                today)
            .sql(from)
            .count(em);
    NativeSql page =
        HealthQueries.perOfficer(
                new NativeSql()
                    .sql(
                        "SELECT x.officer_id, x.police_number, x.name, x.label_zh, x.label_en,"
                            + " x.last_on, x.follow_up_on FROM ("),
                access.scopePattern(),
                unitId,
                today.getYear(),
                cutoff,
                today)
            .sql(from + " ORDER BY x.label_zh, x.police_number")
            .sql(
                " OFFSET "
                    + Math.max(0, first)
                    + " ROWS FETCH NEXT "
                    + pageSize(max)
                    + " ROWS ONLY");
    access.audit(null, "health overdue list; unit=" + unitId + "; rows=" + total);
    return new NamedPage(named(page.rows(em)), total);
  }

  /** The officers of the scope a check of the year found a condition in, by name: health:read. */
  @Guard(Permissions.HEALTH_READ)
  public NamedPage withCondition(String condition, int year, int first, int max) {
    access.requireNamed("health condition list");
    if (references.entries(CheckInput.CONDITIONS).stream()
        .noneMatch(e -> e.code().equals(condition))) {
      throw new NotFoundException("HCOND", condition);
    }
    String where =
        " FROM officer o JOIN org_unit u ON u.id = o.unit_id"
            + " JOIN (SELECT h.officer_id, MAX(h.checked_on) last_on FROM health_check h"
            + " JOIN health_check_condition c ON c.check_id = h.id WHERE c.condition_code = ";
    NativeSql count = new NativeSql().sql("SELECT COUNT(*)").sql(where);
    NativeSql page =
        new NativeSql()
            .sql(
                "SELECT o.id, o.police_number, o.name, u.label_zh, u.label_en, f.last_on,"
                    + " (SELECT hl.follow_up_on FROM health_check hl WHERE hl.officer_id = o.id"
                    + " AND hl.checked_on = f.last_on)")
            .sql(where);
    for (NativeSql sql : List.of(count, page)) {
      sql.value(condition)
          .sql(" AND h.checked_on >= ")
          .value(LocalDate.of(year, 1, 1))
          .sql(" AND h.checked_on < ")
          .value(LocalDate.of(year + 1, 1, 1))
          .sql(" GROUP BY h.officer_id) f ON f.officer_id = o.id WHERE o.status IN ")
          .sql(HealthQueries.ACTIVE)
          .sql(" AND u.path LIKE ")
          .value(access.scopePattern());
    }
    long total = count.count(em);
    page.sql(
        " ORDER BY u.label_zh, o.police_number OFFSET "
            + Math.max(0, first)
            + " ROWS FETCH NEXT "
            + pageSize(max)
            + " ROWS ONLY");
    access.audit(
        null,
        "health condition list; condition=" + condition + "; year=" + year + "; rows=" + total);
    return new NamedPage(named(page.rows(em)), total);
  }

  private static int pageSize(int max) {
    return Math.max(1, Math.min(max, LARGEST_PAGE));
  }

  private static List<NamedRow> named(List<Object[]> rows) {
    return rows.stream()
        .map(
            r ->
                new NamedRow(
                    NativeSql.number(r[0]),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    NativeSql.date(r[5]),
                    NativeSql.date(r[6])))
        .toList();
  }
}
