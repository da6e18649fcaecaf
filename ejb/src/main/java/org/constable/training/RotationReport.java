package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.OfficerStatus;
import org.constable.platform.NativeSql;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Permissions;

/**
 * 三年内集中轮训一次: everyone serving (officers and civilian staff) whose centralised rotation is overdue,
 * or falls due this year. The last rotation is the end of the last rotation session with confirmed
 * attendance; one who never had one counts from joining.
 */
@Stateless
@Guard(Permissions.TRAINING_MANAGE)
public class RotationReport {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private TrainingPolicy policy;
  @Inject private Clock clock;

  public List<RotationRow> rows(RotationRule.Standing standing, int first, int pageSize) {
    RotationRule rule = rule();
    LocalDate today = LocalDate.now(clock);
    return select(
            new NativeSql()
                .sql(
                    "SELECT id, police_number, name, name_zh, name_en, last_rotation, since FROM ("),
            standing)
        .sql(
            ") q ORDER BY since, police_number OFFSET "
                + Math.max(0, first)
                + " ROWS FETCH NEXT "
                + Math.max(1, Math.min(pageSize, 1000))
                + " ROWS ONLY")
        .rows(em)
        .stream()
        .map(
            r -> {
              LocalDate last = NativeSql.date(r[5]);
              LocalDate due = NativeSql.date(r[6]).plusYears(rule.years());
              return new RotationRow(
                  NativeSql.number(r[0]),
                  (String) r[1],
                  (String) r[2],
                  (String) r[3],
                  (String) r[4],
                  last,
                  due,
                  RotationRule.standing(due, today));
            })
        .toList();
  }

  public long count(RotationRule.Standing standing) {
    return select(new NativeSql().sql("SELECT COUNT(*) FROM ("), standing).sql(") q").count(em);
  }

  /**
   * Serving members of a unit's subtree (and a line, or all) overdue or due by the end of {@code
   * year} (the session's), the longest waiting first: whom a rotation session takes.
   */
  public List<Long> dueFor(String unitPath, String lineCode, int year, int limit) {
    currentUser.scope().requireCovers(unitPath);
    NativeSql sql =
        select(
            new NativeSql().sql("SELECT id FROM ("),
            null,
            unitPath + "%",
            lineCode,
            LocalDate.of(year, 12, 31));
    return sql
        .sql(") q ORDER BY since, police_number FETCH FIRST " + Math.max(1, limit) + " ROWS ONLY")
        .column(em)
        .stream()
        .map(NativeSql::number)
        .toList();
  }

  private NativeSql select(NativeSql sql, RotationRule.Standing standing) {
    return select(
        sql,
        standing,
        currentUser.scope().pathPattern(),
        null,
        LocalDate.of(LocalDate.now(clock).getYear(), 12, 31));
  }

  /** {@code standing} null: overdue or due by {@code dueBy}. */
  private NativeSql select(
      NativeSql sql,
      RotationRule.Standing standing,
      String pathPattern,
      String lineCode,
      LocalDate dueBy) {
    LocalDate today = LocalDate.now(clock);
    int years = rule().years();
    // due = since + years: overdue when since < today - years; due this year up to 31 Dec - years
    LocalDate overdueBefore = today.minusYears(years);
    LocalDate thisYearUntil = LocalDate.of(today.getYear(), 12, 31).minusYears(years);
    sql.sql(
            "SELECT * FROM (SELECT o.id, o.police_number, o.name, u.label_zh name_zh, u.label_en name_en, r.last_rotation,")
        .sql(" COALESCE(r.last_rotation, o.police_join_date, o.first_employment_date) since")
        .sql(" FROM officer o JOIN org_unit u ON u.id = o.unit_id LEFT JOIN (")
        .sql("SELECT a.officer_id, MAX(s.end_date) last_rotation FROM training_attendance a")
        .sql(" JOIN training_session s ON s.id = a.session_id")
        .sql(" JOIN training_course c ON c.id = s.course_id")
        .sql(" WHERE a.confirmed = 1 AND c.category_code = '" + Course.ROTATION + "'")
        .sql(" GROUP BY a.officer_id) r ON r.officer_id = o.id")
        .sql(" WHERE o.status IN " + NativeSql.literals(OfficerStatus.active()))
        .sql(" AND u.path LIKE ")
        .value(pathPattern);
    if (lineCode != null && !lineCode.isBlank()) {
      sql.sql(" AND o.line_code = ").value(lineCode);
    }
    sql.sql(") x WHERE ");
    if (standing == null) {
      sql.sql("since <= ").value(dueBy.minusYears(years));
    } else if (standing == RotationRule.Standing.OVERDUE) {
      sql.sql("since < ").value(overdueBefore);
    } else {
      sql.sql("since >= ").value(overdueBefore).sql(" AND since <= ").value(thisYearUntil);
    }
    return sql;
  }

  private RotationRule rule() {
    return policy.rotation();
  }
}
