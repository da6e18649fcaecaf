package org.constable.reporting;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constable.personnel.EntryChannel;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.WholeForce;
import org.constable.platform.NativeSql;

/**
 * The queries behind the workforce figures. One scan of the cohort's officers, grouped by unit and
 * profile ({@link Cell}), answers every block: the blocks sum the cells, and units are summed up
 * the tree in Java ({@link RollUp}). At 100,000 officers that is one pass, where joining each
 * officer to every ancestor unit by path prefix took seconds and each further block a further pass.
 */
final class WorkforceQueries {

  private final EntityManager em;

  WorkforceQueries(EntityManager em) {
    this.em = em;
  }

  /**
   * How a grouped query over the cohort names each officer's unit. Over the whole force by unit id,
   * without the join to each officer's unit (a third of the scan's time at 100,000 officers), the
   * ids then read as paths from the unit table; otherwise by the joined unit's path.
   */
  private final class UnitKey {
    final boolean wholeForce;
    final String column;
    private Map<Long, String> paths;

    UnitKey(Cohort cohort) {
      wholeForce = WholeForce.coveredBy(em, cohort.unitPath());
      column = wholeForce ? "o.unit_id" : "u.path";
    }

    String pathOf(Object value) {
      if (!wholeForce) {
        return (String) value;
      }
      if (paths == null) {
        paths = unitPaths();
      }
      return paths.get(NativeSql.number(value));
    }
  }

  List<Cell> cells(Cohort cohort) {
    UnitKey unit = new UnitKey(cohort);
    String keys =
        unit.column + ", o.education, o.rank_code, o.grade_code, " + recruitYear(cohort.asOf());
    NativeSql sql =
        FiguresColumns.select(new NativeSql().sql("SELECT " + keys + ", "), cohort.asOf());
    cohort.condition(sql, unit.wholeForce).sql(" GROUP BY " + keys);
    return sql.rows(em).stream()
        .map(
            row ->
                new Cell(
                    unit.pathOf(row[0]),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    row[4] == null ? null : (int) NativeSql.number(row[4]),
                    FiguresColumns.read(row, 5)))
        .toList();
  }

  /**
   * The cohort's officers placed in each unit, by unit path: all the station staffing needs, one
   * count of an index where the cells sum every figure's column.
   */
  Map<String, Long> headcounts(Cohort cohort) {
    UnitKey unit = new UnitKey(cohort);
    NativeSql sql = new NativeSql().sql("SELECT " + unit.column + ", COUNT(*)");
    cohort.condition(sql, unit.wholeForce).sql(" GROUP BY " + unit.column);
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : sql.rows(em)) {
      counts.merge(unit.pathOf(row[0]), NativeSql.number(row[1]), Long::sum);
    }
    return counts;
  }

  private Map<Long, String> unitPaths() {
    Map<Long, String> paths = new HashMap<>();
    new NativeSql()
        .sql("SELECT id, path FROM org_unit")
        .rows(em)
        .forEach(r -> paths.put(NativeSql.number(r[0]), (String) r[1]));
    return paths;
  }

  /**
   * The year a recruit (招录) of the window joined, else null. The window's first day is a literal,
   * not a parameter, because the expression is grouped by and must read the same in SELECT.
   */
  private static String recruitYear(LocalDate asOf) {
    return "CASE WHEN o.entry_channel IN "
        + NativeSql.literals(List.of(EntryChannel.RECRUITMENT))
        + " AND o.police_join_date >= DATE '"
        + Recruitment.firstDay(asOf)
        + "' THEN EXTRACT(YEAR FROM o.police_join_date) END";
  }

  /**
   * The open units beneath the unit, itself included, in code order. Closed units are left out in
   * Java: H2 in Oracle mode refuses a bound boolean against NUMBER(1) next to the path condition.
   */
  List<OrgUnit> openUnitsBeneath(OrgUnit unit) {
    return em.createQuery(
            "SELECT u FROM OrgUnit u WHERE u.path LIKE :path ORDER BY u.code", OrgUnit.class)
        .setParameter("path", unit.getPath() + "%")
        .getResultStream()
        .filter(u -> !u.isClosed())
        .toList();
  }
}
