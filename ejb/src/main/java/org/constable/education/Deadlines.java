package org.constable.education;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.constable.notification.Notifications;
import org.constable.platform.JobLock;
import org.constable.platform.NativeSql;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Role;
import org.constable.security.Unguarded;

/**
 * The associate deadline: who it binds in the caller's scope, where each stands; and the alert,
 * raised once per officer and deadline from the alert day on, to the officer and the HR of its
 * unit.
 */
@Stateless
@Guard
public class Deadlines {

  static final String JOB = "education-deadline-alerts";

  @PersistenceContext private EntityManager em;
  @Inject private EducationAccess access;
  @Inject private DeadlineQueries queries;
  @Inject private EducationPolicy policy;
  @Inject private Notifications notifications;
  @Inject private Clock clock;

  @Guard(Permissions.EDUCATION_MANAGE)
  public List<DeadlineRow> list() {
    return queries.bound(access.scopePattern(), null, LocalDate.now(clock));
  }

  /** The caller's own standing, when the deadline binds it. */
  @Guard(Permissions.EDUCATION_CLAIM)
  public Optional<DeadlineRow> mine() {
    return queries.bound("%", access.me(), LocalDate.now(clock)).stream().findFirst();
  }

  @Guard(Permissions.EDUCATION_MANAGE)
  public int alertNow() {
    return run(LocalDate.now(clock));
  }

  @Unguarded("the daily timer runs it without a caller; it only raises the alerts due")
  public int runScheduled() {
    return run(LocalDate.now(clock));
  }

  private int run(LocalDate today) {
    JobLock lock = JobLock.acquire(em, JOB);
    DeadlineRule rule = policy.deadline();
    int raised = 0;
    if (!today.isBefore(rule.alertDay())) {
      for (DeadlineRow row : queries.bound("%", null, today)) {
        if (row.risk() != DeadlineRule.Risk.ON_TRACK
            && !alerted(row.officerId(), rule.deadline())) {
          raise(row, today);
          raised++;
        }
      }
    }
    lock.ran(LocalDateTime.now(clock));
    return raised;
  }

  private boolean alerted(long officerId, LocalDate deadline) {
    return new NativeSql()
            .sql("SELECT COUNT(*) FROM education_deadline_alert WHERE officer_id = ")
            .value(officerId)
            .sql(" AND deadline = ")
            .value(deadline)
            .count(em)
        > 0;
  }

  private void raise(DeadlineRow row, LocalDate today) {
    em.createNativeQuery(
            "INSERT INTO education_deadline_alert (officer_id, deadline, raised_on) VALUES (?, ?, ?)")
        .setParameter(1, row.officerId())
        .setParameter(2, java.sql.Date.valueOf(row.deadline()))
        .setParameter(3, java.sql.Date.valueOf(today))
        .executeUpdate();
    List<String> args = List.of(row.name(), row.policeNumber(), row.deadline().toString());
    notifications.tellOfficer(row.officerId(), "education.notice.deadline", args, Claims.LINK_MINE);
    String path =
        (String)
            em.createNativeQuery(
                    "SELECT u.path FROM officer o JOIN org_unit u ON u.id = o.unit_id WHERE o.id = ?")
                .setParameter(1, row.officerId())
                .getSingleResult();
    notifications.tellRoleCovering(
        Role.HR, path, "education.notice.deadlineHr", args, "/education/deadline.xhtml");
  }
}
