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

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private TrainingPolicy policy;
  @Inject private TrainingAccess access;
  @Inject private Clock clock;

  public QuotaRule rule() {
    return policy.quota();
  }

  /** The unit and its direct children, each with the totals of its subtree. */
  public List<QuotaUnitRow> units(int year, String unitCode) {
    OrgUnit top = unit(unitCode);
    List<OrgUnit> children =
        em.createQuery(
                "SELECT u FROM OrgUnit u WHERE u.parent = :top ORDER BY u.code", OrgUnit.class)
            .setParameter("top", top)
            .getResultList();
    Map<String, long[]> byPath = new HashMap<>();
    for (Object[] r : perUnit(year, top.getPath()).rows(em)) {
      long[] sums = byPath.computeIfAbsent((String) r[0], p -> new long[5]);
      for (int i = 0; i < 5; i++) {
        sums[i] += NativeSql.number(r[i + 1]);
      }
    }
    List<QuotaUnitRow> rows = new ArrayList<>();
    rows.add(row(top, false, byPath));
    // units without serving police (a closed one, a civilian office) owe nothing: not listed
    children.stream()
        .map(child -> row(child, true, byPath))
        .filter(r -> r.officers() > 0)
        .forEach(rows::add);
    return rows;
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
  public java.util.Map<String, Long> creditedFromAttendance(int year) {
    var sums = new java.util.TreeMap<String, Long>();
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
    from(sql, filter.year(), top.getPath()).sql(") q");
    switch (filter.shortfall()) {
      case SHORT_NOW -> sql.sql(" WHERE credited < owed");
      case SHORT_BY_YEAR_END -> sql.sql(" WHERE credited + enrolled < owed");
      case ALL -> {}
    }
    return sql;
  }

  private NativeSql perUnit(int year, String path) {
    NativeSql sql =
        new NativeSql()
            .sql("SELECT path, COUNT(*), SUM(owed), SUM(credited),")
            .sql(" SUM(CASE WHEN credited < owed THEN 1 ELSE 0 END),")
            .sql(" SUM(CASE WHEN credited + enrolled < owed THEN 1 ELSE 0 END) FROM (")
            .sql("SELECT u.path path, " + owed(year) + " owed, ")
            .sql("COALESCE(l.credited_half_days, 0) credited, COALESCE(f.half_days, 0) enrolled");
    return from(sql, year, path).sql(") q GROUP BY path");
  }

  private NativeSql from(NativeSql sql, int year, String path) {
    LocalDate today = LocalDate.now(clock);
    LocalDate yearEnd = Year.of(year).atMonth(12).atEndOfMonth();
    LocalDate after =
        today.isBefore(Year.of(year).atDay(1)) ? Year.of(year).atDay(1).minusDays(1) : today;
    return sql.sql(" FROM officer o JOIN org_unit u ON u.id = o.unit_id")
        .sql(" LEFT JOIN training_ledger l ON l.officer_id = o.id AND l.year_no = ")
        .value(year)
        .sql(
            " LEFT JOIN (SELECT e.officer_id, SUM(s.half_days) half_days FROM training_enrolment e")
        .sql(" JOIN training_session s ON s.id = e.session_id WHERE s.start_date > ")
        .value(after)
        .sql(" AND s.start_date <= ")
        .value(yearEnd)
        .sql(" GROUP BY e.officer_id) f ON f.officer_id = o.id")
        .sql(" WHERE o.category = '" + PersonnelCategory.POLICE.name() + "'")
        .sql(" AND o.status IN " + NativeSql.literals(OfficerStatus.active()))
        .sql(" AND u.path LIKE ")
        .value(path + "%");
  }

  private String owed(int year) {
    return rule().owedSql(year, "COALESCE(o.police_join_date, o.first_employment_date)");
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
