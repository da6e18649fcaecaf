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
import java.util.TreeMap;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.PersonnelCategory;
import org.constable.platform.BusinessException;
import org.constable.platform.NativeSql;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * 每年15个工作日: serving police officers against the year's quota, per officer and per unit with the
 * units beneath it. Sums the ledger (one row per officer and year), never the attendance rows; the
 * quota's proration by join date runs in the database as {@link QuotaRule#owedSql}. Officers who
 * have left are not in it. The forecast adds the sessions an officer is enrolled in that start
 * after today and within the year.
 */
@Stateless
@Guard(Permissions.TRAINING_MANAGE)
public class QuotaReport {

  private static final String JOINED = "COALESCE(o.police_join_date, o.first_employment_date)";
  private static final String SERVING =
      "o.category = '"
          + PersonnelCategory.POLICE.name()
          + "' AND o.status IN "
          + NativeSql.literals(OfficerStatus.active());

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private TrainingPolicy policy;
  @Inject private TrainingAccess access;
  @Inject private Clock clock;

  public QuotaRule rule() {
    return policy.quota();
  }

  /**
   * The unit and its direct children, each with the totals of its subtree. Four grouped reads, each
   * answered from an index: the serving police per unit; the credit and the number done of those on
   * the force since before the year, from the ledger rows that count for each unit ({@link
   * TrainingLedger}); those who joined during the year, one by one with their prorated quota; and
   * the enrolments that complete a full-year officer's quota by the year's end.
   */
  public List<QuotaUnitRow> units(int year, String unitCode) {
    OrgUnit top = unit(unitCode);
    List<OrgUnit> children =
        em.createQuery(
                "SELECT u FROM OrgUnit u WHERE u.parent = :top ORDER BY u.code", OrgUnit.class)
            .setParameter("top", top)
            .getResultList();
    var sums = new QuotaUnitSums(year, rule());
    String path = top.getPath() + "%";
    inScope(new NativeSql().sql("SELECT o.unit_id, COUNT(*) FROM officer o WHERE " + SERVING), path)
        .sql(" GROUP BY o.unit_id")
        .rows(em)
        .forEach(r -> sums.serving(NativeSql.number(r[0]), NativeSql.number(r[1])));
    new NativeSql()
        .sql("SELECT l.unit_id, SUM(l.credited_half_days), SUM(CASE WHEN l.credited_half_days >= ")
        .sql(sums.fullYearHalfDays() + " THEN 1 ELSE 0 END) FROM training_ledger l")
        .sql(" WHERE l.year_no = ")
        .value(year)
        .sql(" AND l.unit_id IN (SELECT id FROM org_unit WHERE path LIKE ")
        .value(path)
        .sql(") GROUP BY l.unit_id")
        .rows(em)
        .forEach(
            r ->
                sums.fullYearCredit(
                    NativeSql.number(r[0]), NativeSql.number(r[1]), NativeSql.number(r[2])));
    joiners(year, path)
        .rows(em)
        .forEach(
            r ->
                sums.joiner(
                    NativeSql.number(r[0]),
                    NativeSql.date(r[1]),
                    NativeSql.number(r[2]),
                    NativeSql.number(r[3])));
    completions(year, path, sums.fullYearHalfDays())
        .rows(em)
        .forEach(r -> sums.completedByYearEnd(NativeSql.number(r[0]), NativeSql.number(r[1])));
    Map<String, long[]> byPath = sums.byPath(unitPaths(path));
    List<QuotaUnitRow> rows = new ArrayList<>();
    rows.add(row(top, false, byPath));
    // units without serving police (a closed one, a civilian office) owe nothing: not listed
    children.stream()
        .map(child -> row(child, true, byPath))
        .filter(r -> r.officers() > 0)
        .forEach(rows::add);
    return rows;
  }

  /** Officers on the force only since the year began, or later: unit, joined, credit, enrolled. */
  private NativeSql joiners(int year, String path) {
    LocalDate first = Year.of(year).atDay(1);
    NativeSql sql =
        new NativeSql()
            .sql("SELECT o.unit_id, " + JOINED + ", COALESCE(l.credited_half_days, 0),")
            .sql(" COALESCE(f.half_days, 0) FROM officer o")
            .sql(" LEFT JOIN training_ledger l ON l.officer_id = o.id AND l.year_no = ")
            .value(year)
            .sql(" LEFT JOIN (");
    return inScope(
            enrolledLater(sql, year).sql(") f ON f.officer_id = o.id WHERE " + SERVING), path)
        .sql(" AND (o.police_join_date >= ")
        .value(first)
        .sql(" OR (o.police_join_date IS NULL AND o.first_employment_date >= ")
        .value(first)
        .sql("))");
  }

  /** Per unit: full-year officers short today whose enrolments bring them to the quota. */
  private NativeSql completions(int year, String path, int fullYear) {
    NativeSql sql = new NativeSql().sql("SELECT o.unit_id, COUNT(*) FROM (");
    enrolledLater(sql, year)
        .sql(") f JOIN officer o ON o.id = f.officer_id")
        .sql(" LEFT JOIN training_ledger l ON l.officer_id = o.id AND l.year_no = ")
        .value(year)
        .sql(" WHERE " + SERVING);
    return inScope(sql, path)
        .sql(" AND (" + JOINED + " IS NULL OR " + JOINED + " < ")
        .value(Year.of(year).atDay(1))
        .sql(") AND COALESCE(l.credited_half_days, 0) < " + fullYear)
        .sql(" AND COALESCE(l.credited_half_days, 0) + f.half_days >= " + fullYear)
        .sql(" GROUP BY o.unit_id");
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

  public List<QuotaOfficerRow> officers(QuotaFilter filter, int first, int pageSize) {
    NativeSql sql =
        perOfficer(new NativeSql(), filter)
            .sql(" ORDER BY owed - credited DESC, police_number")
            .sql(
                " OFFSET "
                    + Math.max(0, first)
                    + " ROWS FETCH NEXT "
                    + Math.max(1, Math.min(pageSize, 1000))
                    + " ROWS ONLY");
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

  public long count(QuotaFilter filter) {
    NativeSql sql = perOfficer(new NativeSql().sql("SELECT COUNT(*) FROM ("), filter).sql(") c");
    return sql.count(em);
  }

  /**
   * The floor the report is measured against (bench/) and checked with (tests): the credited half
   * days of the year per unit path, summed from the raw attendance rows instead of the ledger.
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

  private NativeSql perOfficer(NativeSql sql, QuotaFilter filter) {
    OrgUnit top = unit(filter.unitCode());
    sql.sql("SELECT * FROM (SELECT o.id, o.police_number, o.name, u.name_zh, u.name_en, ")
        .sql(owed(filter.year()) + " owed, ")
        .sql("COALESCE(l.credited_half_days, 0) credited, COALESCE(f.half_days, 0) enrolled");
    from(sql, filter.year(), top.getPath());
    if (filter.lineCode() != null) {
      sql.sql(" AND o.line_code = ").value(filter.lineCode());
    }
    sql.sql(") q");
    switch (filter.shortfall()) {
      case SHORT_NOW -> sql.sql(" WHERE credited < owed");
      case SHORT_BY_YEAR_END -> sql.sql(" WHERE credited + enrolled < owed");
      case ALL -> {}
    }
    return sql;
  }

  private NativeSql from(NativeSql sql, int year, String path) {
    sql.sql(" FROM officer o JOIN org_unit u ON u.id = o.unit_id")
        .sql(" LEFT JOIN training_ledger l ON l.officer_id = o.id AND l.year_no = ")
        .value(year)
        .sql(" LEFT JOIN (");
    // those who join after the year owe nothing in it: not listed, as in the unit totals
    return enrolledLater(sql, year)
        .sql(") f ON f.officer_id = o.id WHERE " + SERVING)
        .sql(" AND (" + JOINED + " IS NULL OR " + JOINED + " <= ")
        .value(Year.of(year).atMonth(12).atEndOfMonth())
        .sql(") AND u.path LIKE ")
        .value(path + "%");
  }

  private String owed(int year) {
    return rule().owedSql(year, JOINED);
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
