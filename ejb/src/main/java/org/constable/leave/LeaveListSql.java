package org.constable.leave;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.constable.personnel.WholeForce;
import org.constable.platform.NativeSql;

/**
 * HR's leave list over a year in SQL shaped for H2 at a whole force's scale (a year holds about two
 * leave records per officer). A page walks ix_leave_record_start newest first and stops at the
 * page, with the year and a common kind written so that no other index is chosen instead; a rare
 * kind is found by ix_leave_record_year_type and only its rows are sorted. The count reads that
 * index alone for the whole force, and a smaller scope's officers first.
 */
final class LeaveListSql {

  private final EntityManager em;
  private final String unitPath;
  private final boolean wholeForce;

  LeaveListSql(EntityManager em, String unitPath) {
    this.em = em;
    this.unitPath = unitPath;
    this.wholeForce = WholeForce.coveredBy(em, unitPath);
  }

  List<Long> pageIds(int year, LeaveType type, int first, int pageSize) {
    boolean walk = type == null || type == LeaveType.ANNUAL;
    NativeSql sql =
        new NativeSql()
            .sql("SELECT r.id FROM leave_record r WHERE ")
            .sql(walk ? "(r.leave_year + 0) = " : "r.leave_year = ")
            .value(year);
    if (type != null) {
      sql.sql(walk ? " AND (r.leave_type || '') = " : " AND r.leave_type = ").value(type.name());
    }
    if (!wholeForce) {
      sql.sql(" AND EXISTS (SELECT 1 FROM officer o JOIN org_unit u ON u.id = o.unit_id")
          .sql(" WHERE o.id = r.officer_id AND u.path LIKE ")
          .value(unitPath + "%")
          .sql(")");
    }
    return sql.sql(" ORDER BY r.start_date DESC, r.id DESC").page(first, pageSize).ids(em);
  }

  long count(int year, LeaveType type) {
    NativeSql sql = new NativeSql();
    if (wholeForce) {
      sql.sql("SELECT COUNT(*) FROM leave_record r WHERE r.leave_year = ").value(year);
    } else {
      sql.sql("SELECT COUNT(*) FROM officer o JOIN org_unit u ON u.id = o.unit_id")
          .sql(" JOIN leave_record r ON r.officer_id = o.id AND (r.leave_year + 0) = ")
          .value(year)
          .sql(" WHERE u.path LIKE ")
          .value(unitPath + "%");
    }
    if (type != null) {
      sql.sql(" AND r.leave_type = ").value(type.name());
    }
    return sql.count(em);
  }
}
