package org.constable.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.platform.NativeSql;

/**
 * The officers every figure counts, as SQL over {@code officer o} joined to its {@code org_unit u}:
 * the active police officers ({@link OfficerStatus#isActive}) of a unit and everything beneath it
 * who had joined the police by the day.
 */
record Cohort(String unitPath, LocalDate asOf) {

  static final String FROM = " FROM officer o JOIN org_unit u ON u.id = o.unit_id";

  private static final String ACTIVE =
      NativeSql.literals(
          Arrays.stream(OfficerStatus.values()).filter(OfficerStatus::isActive).toList());
  private static final String POLICE = NativeSql.literals(List.of(PersonnelCategory.POLICE));

  /**
   * Appends FROM and the condition; {@code wholeForce}: the unit is the whole force, so neither the
   * units nor their paths come into it.
   */
  NativeSql condition(NativeSql sql, boolean wholeForce) {
    if (wholeForce) {
      sql.sql(" FROM officer o WHERE 1=1");
    } else {
      sql.sql(FROM + " WHERE u.path LIKE ").value(unitPath + "%");
    }
    return sql.sql(" AND o.category IN " + POLICE + " AND o.status IN " + ACTIVE)
        .sql(" AND (o.police_join_date IS NULL OR o.police_join_date <= ")
        .value(asOf)
        .sql(")");
  }
}
