package org.constable.leave;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.notification.Notifications;
import org.constable.platform.NativeSql;
import org.constable.security.Role;

/**
 * The untaken-leave notice (应休未休): each unit with officers who have taken no annual leave this year
 * has its leaders told how many, once per unit and year.
 */
@Dependent
class UntakenNotices {

  static final String LINK = "/leave/rate.xhtml";

  @PersistenceContext private EntityManager em;
  @Inject private Notifications notifications;
  @Inject private Clock clock;

  /** The units under the path pattern not told yet this year; returns how many were told. */
  int send(int year, String pathPattern) {
    List<Object[]> units =
        new NativeSql()
            .sql("SELECT u.id, u.path, u.label_zh, COUNT(*) FROM leave_balance l")
            .sql(" JOIN org_unit u ON u.id = l.unit_id WHERE l.leave_year = ")
            .value(year)
            .sql(" AND l.entitled_days > 0 AND l.taken_days = 0 AND u.path LIKE ")
            .value(pathPattern)
            .sql(" AND NOT EXISTS (SELECT 1 FROM leave_untaken_notice n")
            .sql(" WHERE n.unit_id = u.id AND n.leave_year = ")
            .value(year)
            .sql(") GROUP BY u.id, u.path, u.label_zh ORDER BY u.path")
            .rows(em);
    for (Object[] unit : units) {
      long officers = NativeSql.number(unit[3]);
      notifications.tellRoleCovering(
          Role.LEADER,
          (String) unit[1],
          "leave.notice.untaken",
          List.of((String) unit[2], String.valueOf(officers), String.valueOf(year)),
          LINK);
      em.createNativeQuery(
              "INSERT INTO leave_untaken_notice (unit_id, leave_year, sent_at, officers)"
                  + " VALUES (?, ?, ?, ?)")
          .setParameter(1, NativeSql.number(unit[0]))
          .setParameter(2, year)
          .setParameter(3, Timestamp.valueOf(LocalDateTime.now(clock)))
          .setParameter(4, officers)
          .executeUpdate();
    }
    return units.size();
  }
}
