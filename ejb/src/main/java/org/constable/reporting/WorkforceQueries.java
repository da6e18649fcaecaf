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
   * Over the whole force without the join to each officer's unit (a third of the scan's time at
   * 100,000 officers): grouped by unit id, whose paths are then read from the unit table.
   */
  List<Cell> cells(Cohort cohort) {
    boolean wholeForce = WholeForce.coveredBy(em, cohort.unitPath());
    String unit = wholeForce ? "o.unit_id" : "u.path";
    String keys = unit + ", o.education, o.rank_code, o.grade_code, " + recruitYear(cohort.asOf());
    NativeSql sql =
        FiguresColumns.select(new NativeSql().sql("SELECT " + keys + ", "), cohort.asOf());
    cohort.condition(sql, wholeForce).sql(" GROUP BY " + keys);
    Map<Long, String> paths = wholeForce ? unitPaths() : Map.of();
    return sql.rows(em).stream()
        .map(
            row ->
                new Cell(
                    wholeForce ? paths.get(NativeSql.number(row[0])) : (String) row[0],
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
    boolean wholeForce = WholeForce.coveredBy(em, cohort.unitPath());
    String unit = wholeForce ? "o.unit_id" : "u.path";
    NativeSql sql = new NativeSql().sql("SELECT " + unit + ", COUNT(*)");
    cohort.condition(sql, wholeForce).sql(" GROUP BY " + unit);
    Map<Long, String> paths = wholeForce ? unitPaths() : Map.of();
    Map<String, Long> counts = new HashMap<>();
    for (Object[] row : sql.rows(em)) {
      String path = wholeForce ? paths.get(NativeSql.number(row[0])) : (String) row[0];
      counts.merge(path, NativeSql.number(row[1]), Long::sum);
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
