package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.PersonnelCategory;
import org.constable.platform.BusinessException;
import org.constable.platform.NativeSql;
import org.constable.platform.OracleLimits;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * 每年15个工作日: serving police officers against the year's quota, per officer and per unit with the
 * units beneath it. Sums the ledger (one row per officer and year, naming the unit it counts for),
 * never the attendance rows. The per-officer list reads what each officer owes and still misses
 * from its ledger row ({@link LedgerStanding}, prorated by join date there); the unit totals sum
 * those rows. Those who have left are not in it. The forecast adds the sessions an officer is
 * enrolled in that start after today and within the year.
 */
@Stateless
@Guard(Permissions.TRAINING_MANAGE)
public class QuotaReport {

  /** The most officers one page of {@link #officers} holds. */
  public static final int LARGEST_PAGE = 1000;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private TrainingPolicy policy;
  @Inject private TrainingAccess access;
  @Inject private Clock clock;
  @Inject private LedgerStanding standing;
  @Inject private LedgerYears years;

  public QuotaRule rule() {
    return policy.quota();
  }

  /**
   * The unit and its direct children, each with the totals of its subtree, from the year's ledger
   * rows ({@link LedgerStanding}): one grouped read of an index for those on the force since before
   * the year (each row names the unit it counts for), then the few one by one: those who joined
   * during the year (their rows name no unit but hold their prorated quota), and those whose
   * enrolments later in the year complete their quota.
   */
  public List<QuotaUnitRow> units(int year, String unitCode) {
    OrgUnit top = unit(unitCode);
    ensureFilled(year);
    List<OrgUnit> children =
        em.createQuery(
                "SELECT u FROM OrgUnit u WHERE u.parent = :top ORDER BY u.code", OrgUnit.class)
            .setParameter("top", top)
            .getResultList();
    var sums = new QuotaUnitSums(rule().owedHalfDays(year, null, null));
    String path = top.getPath() + "%";
    // the whole force needs no unit condition, and the scans are cheaper without one
    boolean wholeForce = top.getParent() == null;
    NativeSql fullYear =
        new NativeSql()
            .sql("SELECT l.unit_id, COUNT(*), SUM(l.credited_half_days),")
            .sql(" SUM(CASE WHEN l.credited_half_days >= " + sums.fullYearHalfDays())
            .sql(" THEN 1 ELSE 0 END) FROM training_ledger l WHERE l.year_no = ")
            .value(year);
    if (wholeForce) {
      fullYear.sql(" AND l.unit_id IS NOT NULL");
    } else {
      fullYear
          .sql(" AND l.unit_id IN (SELECT id FROM org_unit WHERE path LIKE ")
          .value(path)
          .sql(")");
    }
    fullYear
        .sql(" GROUP BY l.unit_id")
        .rows(em)
        .forEach(
            r ->
                sums.fullYear(
                    NativeSql.number(r[0]),
                    NativeSql.number(r[1]),
                    NativeSql.number(r[2]),
                    NativeSql.number(r[3])));
    Map<Long, String> paths = unitPaths(path);
    oneByOne(year, path, wholeForce, sums, paths.keySet());
    Map<String, long[]> byPath = sums.byPath(paths);
    List<QuotaUnitRow> rows = new ArrayList<>();
    rows.add(row(top, false, byPath));
    // units without serving police (a closed one, a civilian office) owe nothing: not listed
    children.stream()
        .map(child -> row(child, true, byPath))
        .filter(r -> r.officers() > 0)
        .forEach(rows::add);
    return rows;
  }

  /**
   * Those who joined during the year, from their ledger rows that count for no unit (read from the
   * index by that), and the full-year officers enrolled in sessions later in the year, read by id.
   */
  private void oneByOne(
      int year, String path, boolean wholeForce, QuotaUnitSums sums, Set<Long> unitsInScope) {
    Map<Long, Long> enrolled = new HashMap<>();
    enrolledLater(new NativeSql(), year)
        .rows(em)
        .forEach(r -> enrolled.put(NativeSql.number(r[0]), NativeSql.number(r[1])));
    NativeSql joined =
        new NativeSql()
            .sql("SELECT o.unit_id, l.officer_id, l.owed_half_days, l.credited_half_days")
            .sql(" FROM training_ledger l JOIN officer o ON o.id = l.officer_id")
            .sql(" WHERE l.year_no = ")
            .value(year)
            .sql(" AND l.unit_id IS NULL AND l.owed_half_days IS NOT NULL");
    (wholeForce ? joined : inScope(joined, path))
        .rows(em)
        .forEach(
            r ->
                sums.joiner(
                    NativeSql.number(r[0]),
                    NativeSql.number(r[2]),
                    NativeSql.number(r[3]),
                    enrolled.getOrDefault(NativeSql.number(r[1]), 0L)));
    int quota = sums.fullYearHalfDays();
    for (List<Long> chunk : OracleLimits.inLists(enrolled.keySet())) {
      new NativeSql()
          .sql("SELECT l.officer_id, l.unit_id, l.credited_half_days FROM training_ledger l")
          .sql(" WHERE l.year_no = ")
          .value(year)
          .sql(" AND l.unit_id IS NOT NULL AND l.officer_id IN (" + NativeSql.idList(chunk) + ")")
          .rows(em)
          .forEach(
              r -> {
                long unitId = NativeSql.number(r[1]);
                long credited = NativeSql.number(r[2]);
                long later = enrolled.get(NativeSql.number(r[0]));
                if (unitsInScope.contains(unitId)
                    && credited < quota
                    && credited + later >= quota) {
                  sums.completedByYearEnd(unitId, 1);
                }
              });
    }
  }

  /** Officer id and the half days of the sessions it is enrolled in that start later this year. */
  private NativeSql enrolledLater(NativeSql sql, int year) {
    LocalDate today = LocalDate.now(clock);
    LocalDate after =
        today.isBefore(Year.of(year).atDay(1)) ? Year.of(year).atDay(1).minusDays(1) : today;
    return sql.sql("SELECT e.officer_id, SUM(s.half_days) half_days FROM training_enrolment e")
        .sql(" JOIN training_session s ON s.id = e.session_id WHERE s.start_date > ")
        .value(after)
        .sql(" AND s.start_date <= ")
        .value(Year.of(year).atMonth(12).atEndOfMonth())
        .sql(" GROUP BY e.officer_id");
  }

  private static NativeSql inScope(NativeSql sql, String path) {
    return sql.sql(" AND o.unit_id IN (SELECT id FROM org_unit WHERE path LIKE ")
        .value(path)
        .sql(")");
  }

  private Map<Long, String> unitPaths(String path) {
    Map<Long, String> paths = new HashMap<>();
    new NativeSql()
        .sql("SELECT id, path FROM org_unit WHERE path LIKE ")
        .value(path)
        .rows(em)
        .forEach(r -> paths.put(NativeSql.number(r[0]), (String) r[1]));
    return paths;
  }

  /**
   * The officers most missing first (then by police number), from their ledger rows of the year
   * ({@link LedgerStanding}). Over the whole force a page walks the ledger's shortfall index and
   * stops at the page; beneath a unit it reads that subtree's officers by unit and sorts them.
   */
  public List<QuotaOfficerRow> officers(QuotaFilter filter, int first, int pageSize) {
    OrgUnit top = unit(filter.unitCode());
    boolean wholeForce = top.getParent() == null;
    NativeSql sql =
        perOfficer(
                new NativeSql()
                    .sql("SELECT l.officer_id, l.police_number, o.name, u.label_zh, u.label_en,")
                    .sql(" l.owed_half_days, l.credited_half_days, COALESCE(f.half_days, 0)"),
                filter,
                top)
            .sql(wholeForce ? " ORDER BY l.year_no," : " ORDER BY")
            .sql(" l.shortfall_half_days DESC, l.police_number")
            .page(Math.max(0, first), Math.max(1, Math.min(pageSize, LARGEST_PAGE)));
    return sql.rows(em).stream()
        .map(
            r ->
                new QuotaOfficerRow(
                    NativeSql.number(r[0]),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (int) NativeSql.number(r[5]),
                    (int) NativeSql.number(r[6]),
                    (int) NativeSql.number(r[7])))
        .toList();
  }

  /**
   * How many officers {@link #officers} lists. The unit table's first row counts them unless the
   * list is of one police line, which the table does not know.
   */
  public long count(QuotaFilter filter) {
    if (filter.lineCode() == null) {
      return units(filter.year(), filter.unitCode()).get(0).officers(filter.shortfall());
    }
    OrgUnit top = unit(filter.unitCode());
    return perOfficer(new NativeSql().sql("SELECT COUNT(*)"), filter, top).count(em);
  }

  /**
   * The floor the report is measured against (bench/) and checked with (tests): the credited half
   * days of the year per unit path, summed from the raw attendance rows instead of the ledger (the
   * report adds approved training elsewhere to these).
   */
  public Map<String, Long> creditedFromAttendance(int year) {
    var sums = new TreeMap<String, Long>();
    new NativeSql()
        .sql("SELECT u.path, SUM(a.half_days) FROM training_attendance a")
        .sql(" JOIN officer o ON o.id = a.officer_id JOIN org_unit u ON u.id = o.unit_id")
        .sql(" WHERE a.confirmed = 1 AND a.attended_on BETWEEN ")
        .value(Year.of(year).atDay(1))
        .sql(" AND ")
        .value(Year.of(year).atMonth(12).atEndOfMonth())
        .sql(" AND o.category = '" + PersonnelCategory.POLICE.name() + "'")
        .sql(" AND o.status IN " + NativeSql.literals(OfficerStatus.active()))
        .sql(" AND u.path LIKE ")
        .value(currentUser.scope().pathPattern())
        .sql(" GROUP BY u.path")
        .rows(em)
        .forEach(r -> sums.put((String) r[0], NativeSql.number(r[1])));
    return sums;
  }

  /**
   * The years a report may be asked for: the five the page offers, and the next (planned in
   * December). Another year would fill a year of ledger rows no one needs.
   */
  private void ensureFilled(int year) {
    int now = LocalDate.now(clock).getYear();
    if (year < now - 4 || year > now + 1) {
      throw new BusinessException("training.quota.yearOutOfRange", year, now - 4, now + 1);
    }
    if (!standing.filled(year)) {
      years.fill(year);
    }
  }

  private NativeSql perOfficer(NativeSql sql, QuotaFilter filter, OrgUnit top) {
    int year = filter.year();
    ensureFilled(year);
    if (top.getParent() == null) {
      sql.sql(" FROM training_ledger l JOIN officer o ON o.id = l.officer_id")
          .sql(" JOIN org_unit u ON u.id = o.unit_id LEFT JOIN (");
      enrolledLater(sql, year)
          .sql(") f ON f.officer_id = l.officer_id WHERE l.year_no = ")
          .value(year);
    } else {
      // "+ 0": the ledger is read by its key for each of the subtree's officers, not walked whole
      sql.sql(" FROM officer o JOIN training_ledger l ON l.officer_id = o.id AND l.year_no + 0 = ")
          .value(year)
          .sql(" JOIN org_unit u ON u.id = o.unit_id LEFT JOIN (");
      enrolledLater(sql, year).sql(") f ON f.officer_id = o.id WHERE 1 = 1");
      inScope(sql, top.getPath() + "%");
    }
    // not listed (not a serving police officer, or joined after the year): no owed figure
    sql.sql(" AND l.shortfall_half_days IS NOT NULL");
    if (filter.lineCode() != null) {
      sql.sql(" AND o.line_code = ").value(filter.lineCode());
    }
    return switch (filter.shortfall()) {
      case SHORT_NOW -> sql.sql(" AND l.shortfall_half_days > 0");
      case SHORT_BY_YEAR_END -> sql.sql(" AND l.shortfall_half_days > COALESCE(f.half_days, 0)");
      case ALL -> sql;
    };
  }

  private OrgUnit unit(String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      return em.find(OrgUnit.class, currentUser.require().unitId());
    }
    return access
        .unitInScope(unitCode)
        .orElseThrow(() -> new BusinessException("training.quota.unknownUnit", unitCode));
  }

  private static QuotaUnitRow row(OrgUnit unit, boolean child, Map<String, long[]> byPath) {
    long[] sums = new long[5];
    byPath.forEach(
        (path, s) -> {
          if (path.startsWith(unit.getPath())) {
            for (int i = 0; i < 5; i++) {
              sums[i] += s[i];
            }
          }
        });
    boolean hasChildren =
        child
            && byPath.keySet().stream()
                .anyMatch(p -> p.startsWith(unit.getPath()) && !p.equals(unit.getPath()));
    return new QuotaUnitRow(
        unit.getId(),
        unit.getCode(),
        unit.getNameZh(),
        unit.getNameEn(),
        hasChildren,
        sums[0],
        sums[1],
        sums[2],
        sums[3],
        sums[4]);
  }
}
