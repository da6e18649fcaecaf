package org.constable.leave;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.OrgUnit;
import org.constable.platform.BusinessException;
import org.constable.platform.IdOrder;
import org.constable.platform.NativeSql;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * The leave rate (年休假率) of a unit and of each unit below it, against the target, from the ledger's
 * figures per unit kept in step; and who has taken nothing yet (应休未休), for HR and the leaders.
 */
@Stateless
@Guard({Permissions.LEAVE_MANAGE, Permissions.LEAVE_APPROVE})
public class LeaveRates {

  public static final int MAX_PAGE_SIZE = 500;

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private LeavePolicies policies;
  @Inject private UntakenNotices notices;

  public BigDecimal target() {
    return policies.current().targetPercent();
  }

  /** The unit (the caller's scope when none is named) and its direct children. */
  public List<LeaveRateRow> units(int year, String unitCode) {
    OrgUnit top = unit(unitCode);
    BigDecimal target = target();
    Map<Long, String> paths = new HashMap<>();
    new NativeSql()
        .sql("SELECT id, path FROM org_unit WHERE path LIKE ")
        .value(top.getPath() + "%")
        .rows(em)
        .forEach(r -> paths.put(NativeSql.number(r[0]), (String) r[1]));
    Map<String, long[]> byPath = new HashMap<>();
    unitSums(year, top)
        .forEach(
            r -> {
              String path = paths.get(NativeSql.number(r[0]));
              if (path != null) {
                byPath.put(
                    path,
                    new long[] {
                      NativeSql.number(r[1]),
                      NativeSql.number(r[2]),
                      NativeSql.number(r[3]),
                      NativeSql.number(r[4])
                    });
              }
            });
    List<LeaveRateRow> rows = new ArrayList<>();
    rows.add(row(top, false, byPath, target));
    em.createQuery("SELECT u FROM OrgUnit u WHERE u.parent = :top ORDER BY u.code", OrgUnit.class)
        .setParameter("top", top)
        .getResultStream()
        .map(child -> row(child, true, byPath, target))
        .filter(r -> r.rate().officers() > 0)
        .forEach(rows::add);
    return rows;
  }

  /**
   * The report's figures summed from the ledger rows themselves, for the benchmark's floor and the
   * tests' check of the figures kept in step (the report reads those instead): per unit of the
   * caller's scope that has officers entitled, [officers, days entitled, days taken, officers who
   * took all].
   */
  @Guard(Permissions.LEAVE_MANAGE)
  public Map<Long, List<Long>> floor(int year) {
    Map<Long, List<Long>> out = new java.util.TreeMap<>();
    for (Object[] r : sums(em, year, unit(null))) {
      out.put(
          NativeSql.number(r[0]),
          List.of(
              NativeSql.number(r[1]),
              NativeSql.number(r[2]),
              NativeSql.number(r[3]),
              NativeSql.number(r[4])));
    }
    return out;
  }

  /**
   * The rate's figures per counted unit as kept in step ({@link LeaveUnitSums}): officers,
   * entitled, taken, fully taken; one row a unit.
   */
  private List<Object[]> unitSums(int year, OrgUnit top) {
    NativeSql sql =
        new NativeSql()
            .sql("SELECT l.unit_id, l.officers, l.entitled_days, l.taken_days, l.fully_taken")
            .sql(" FROM leave_unit_sums l WHERE l.leave_year = ")
            .value(year)
            .sql(" AND l.officers > 0");
    return inUnit(sql, top).rows(em);
  }

  /** The bare aggregate of the rate over the ledger: per counted unit, as {@link #unitSums}. */
  static List<Object[]> sums(EntityManager em, int year, OrgUnit top) {
    NativeSql sql =
        new NativeSql()
            .sql("SELECT l.unit_id, COUNT(*), SUM(l.entitled_days),")
            .sql(" SUM(CASE WHEN l.taken_days < l.entitled_days THEN l.taken_days")
            .sql(" ELSE l.entitled_days END),")
            .sql(" SUM(CASE WHEN l.taken_days >= l.entitled_days THEN 1 ELSE 0 END)")
            .sql(" FROM leave_balance l WHERE l.leave_year = ")
            .value(year)
            .sql(" AND l.entitled_days > 0");
    return inUnit(sql, top).sql(" GROUP BY l.unit_id").rows(em);
  }

  /** The ledger rows counted for the unit and those beneath it. */
  private static NativeSql inUnit(NativeSql sql, OrgUnit top) {
    if (top.getParent() == null) {
      return sql.sql(" AND l.unit_id IS NOT NULL");
    }
    return sql.sql(" AND l.unit_id IN (SELECT id FROM org_unit WHERE path LIKE ")
        .value(top.getPath() + "%")
        .sql(")");
  }

  /**
   * Serving officers entitled to leave in the year who have taken none, by police number. The
   * page's officers first, from the ledger alone: over the whole force walking its untaken index to
   * the page, beneath a unit reading that subtree's rows by unit. Then their rows by id.
   */
  public List<UntakenRow> untaken(int year, String unitCode, int first, int pageSize) {
    OrgUnit top = unit(unitCode);
    NativeSql ids =
        new NativeSql()
            .sql("SELECT l.officer_id FROM leave_balance l WHERE l.leave_year = ")
            .value(year)
            .sql(" AND l.taken_days = 0 AND l.entitled_days > 0");
    List<Long> page =
        inUnit(ids, top)
            .sql(" ORDER BY l.leave_year, l.taken_days, l.police_number")
            .page(Math.max(0, first), Math.min(Math.max(1, pageSize), MAX_PAGE_SIZE))
            .ids(em);
    if (page.isEmpty()) {
      return List.of();
    }
    List<UntakenRow> rows =
        em.createQuery(
                "SELECT NEW org.constable.leave.UntakenRow(o.id, o.policeNumber, o.name, u.labelZh,"
                    + " u.labelEn, l.entitledDays, l.carriedDays, l.pendingDays)"
                    + " FROM LeaveBalance l, Officer o JOIN o.unit u"
                    + " WHERE o.id = l.officerId AND l.year = :y AND o.id IN :ids",
                UntakenRow.class)
            .setParameter("y", year)
            .setParameter("ids", page)
            .getResultList();
    return IdOrder.of(page, rows, UntakenRow::officerId);
  }

  /** Summed from the figures per unit kept in step ({@link LeaveUnitSums}). */
  public long countUntaken(int year, String unitCode) {
    OrgUnit top = unit(unitCode);
    NativeSql sql =
        new NativeSql()
            .sql("SELECT COALESCE(SUM(l.untaken), 0) FROM leave_unit_sums l WHERE l.leave_year = ")
            .value(year);
    return inUnit(sql, top).count(em);
  }

  /** Tells each unit's leaders who of theirs has taken nothing: once per unit and year. */
  @Guard(Permissions.LEAVE_MANAGE)
  public int notifyLeaders(int year, String unitCode) {
    return notices.send(year, unit(unitCode).getPath() + "%");
  }

  private OrgUnit unit(String unitCode) {
    String scope = currentUser.scope().unitPath();
    if (unitCode == null || unitCode.isBlank()) {
      return em.createQuery("SELECT u FROM OrgUnit u WHERE u.path = :p", OrgUnit.class)
          .setParameter("p", scope)
          .getResultStream()
          .findFirst()
          .orElseThrow(() -> new BusinessException("leave.rate.unknownUnit", scope));
    }
    return em.createQuery("SELECT u FROM OrgUnit u WHERE u.code = :code", OrgUnit.class)
        .setParameter("code", unitCode)
        .getResultStream()
        .findFirst()
        .filter(u -> currentUser.scope().covers(u.getPath()))
        .orElseThrow(() -> new BusinessException("leave.rate.unknownUnit", unitCode));
  }

  private static LeaveRateRow row(
      OrgUnit unit, boolean child, Map<String, long[]> byPath, BigDecimal target) {
    long[] s = new long[4];
    byPath.forEach(
        (path, v) -> {
          if (path.startsWith(unit.getPath())) {
            for (int i = 0; i < 4; i++) {
              s[i] += v[i];
            }
          }
        });
    LeaveRate rate = new LeaveRate(s[0], s[1], s[2], s[3]);
    return new LeaveRateRow(
        unit.getCode(), unit.getLabelZh(), unit.getLabelEn(), child, rate, rate.meets(target));
  }
}
