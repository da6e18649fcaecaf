package org.constable.education;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.constable.personnel.Ages;
import org.constable.personnel.Education;
import org.constable.personnel.OfficerStatus;
import org.constable.platform.NativeSql;

/**
 * The serving officers the associate deadline binds today (under the older age, at 副主任科员 or above,
 * below associate), with their latest open associate-or-higher enrolment, for a scope.
 */
@Dependent
class DeadlineQueries {

  @PersistenceContext private EntityManager em;
  @Inject private EducationPolicy policy;

  List<DeadlineRow> bound(String scopePattern, Long officerId, LocalDate today) {
    DeadlineRule rule = policy.deadline();
    Integer minimum = policy.gradeOrder(EducationPolicy.MINIMUM_GRADE);
    var sql =
        new NativeSql()
            .sql("SELECT o.id, o.police_number, o.name, u.label_zh, o.birth_date, o.grade_code,")
            .sql(" o.education, g.sort_order,")
            .sql(" (SELECT MAX(e.planned_end) FROM education_enrolment e WHERE e.officer_id = o.id")
            .sql(
                " AND e.outcome IS NULL AND e.programme IN ('ASSOCIATE', 'BACHELOR', 'MASTER', 'DOCTOR')),")
            .sql(" (SELECT COUNT(*) FROM education_enrolment e WHERE e.officer_id = o.id")
            .sql(" AND e.outcome IN ('DEGREE', 'GRADUATED')),")
            .sql(" (SELECT MIN(e.programme) FROM education_enrolment e WHERE e.officer_id = o.id")
            .sql(" AND e.outcome IS NULL)")
            .sql(" FROM officer o JOIN org_unit u ON u.id = o.unit_id")
            .sql(" JOIN reference_item g ON g.list_code = 'GRADE' AND g.code = o.grade_code")
            .sql(" WHERE u.path LIKE ")
            .value(scopePattern)
            .sql(" AND o.status IN " + NativeSql.literals(OfficerStatus.active()))
            .sql(" AND o.education IN ('BELOW_HIGH_SCHOOL', 'HIGH_SCHOOL') AND g.sort_order >= ")
            .value(minimum == null ? Integer.MAX_VALUE : minimum)
            .sql(" AND o.birth_date > ")
            .value(today.minusYears(policy.olderAge()));
    if (officerId != null) {
      sql.sql(" AND o.id = ").value(officerId);
    }
    sql.sql(" ORDER BY u.path, o.police_number");
    List<DeadlineRow> rows = new ArrayList<>();
    for (Object[] r : sql.rows(em)) {
      LocalDate birth = NativeSql.date(r[4]);
      int age = Ages.ageOn(birth, today);
      Education education = Education.valueOf((String) r[6]);
      int gradeOrder = (int) NativeSql.number(r[7]);
      if (!rule.applies(age, gradeOrder, education)) {
        continue;
      }
      LocalDate plannedEnd = NativeSql.date(r[8]);
      boolean reached = NativeSql.number(r[9]) > 0;
      rows.add(
          new DeadlineRow(
              NativeSql.number(r[0]),
              (String) r[1],
              (String) r[2],
              (String) r[3],
              age,
              (String) r[5],
              education,
              rule.deadline(),
              r[10] == null ? null : Programme.valueOf((String) r[10]),
              plannedEnd,
              rule.risk(today, plannedEnd, reached)));
    }
    return rows;
  }
}
