package org.constable.health;

import java.time.LocalDate;
import org.constable.personnel.OfficerStatus;
import org.constable.platform.NativeSql;

/**
 * The SQL of the health reports, aggregated in the database: per officer of the scope its last
 * check and that check's follow-up, whether it had a check in the year, whether it is overdue.
 * Oracle and H2 in Oracle mode both accept it.
 */
final class HealthQueries {

  static final String ACTIVE = NativeSql.literals(OfficerStatus.active());

  private HealthQueries() {}

  /**
   * One row per active officer of the scope (and of the unit, if given): unit id, labels, officer
   * id, police number, name, last check, its follow-up, checked in the year (1/0), overdue (1/0).
   */
  static NativeSql perOfficer(
      NativeSql head,
      String scopePattern,
      Long unitId,
      int year,
      LocalDate cutoff,
      LocalDate today) {
    NativeSql sql =
        head.sql(
                "SELECT u.id unit_id, u.label_zh, u.label_en, o.id officer_id, o.police_number,"
                    + " o.name, l.last_on, hl.follow_up_on,"
                    + " CASE WHEN EXISTS (SELECT 1 FROM health_check y WHERE y.officer_id = o.id"
                    + " AND y.checked_on >= ")
            .value(LocalDate.of(year, 1, 1))
            .sql(" AND y.checked_on < ")
            .value(LocalDate.of(year + 1, 1, 1))
            .sql(
                ") THEN 1 ELSE 0 END checked_in_year,"
                    + " CASE WHEN l.last_on IS NULL OR l.last_on < ")
            .value(cutoff)
            .sql(" OR hl.follow_up_on < ")
            .value(today)
            .sql(
                " THEN 1 ELSE 0 END overdue_now"
                    + " FROM officer o JOIN org_unit u ON u.id = o.unit_id"
                    + " LEFT JOIN (SELECT h.officer_id, MAX(h.checked_on) last_on FROM health_check h"
                    + " GROUP BY h.officer_id) l ON l.officer_id = o.id"
                    + " LEFT JOIN health_check hl ON hl.officer_id = o.id AND hl.checked_on = l.last_on"
                    + " WHERE o.status IN "
                    + ACTIVE
                    + " AND u.path LIKE ")
            .value(scopePattern);
    if (unitId != null) {
      sql.sql(" AND u.id = ").value(unitId);
    }
    return sql;
  }
}
