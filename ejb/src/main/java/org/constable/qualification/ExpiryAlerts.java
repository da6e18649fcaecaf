package org.constable.qualification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.constable.notification.Notifications;
import org.constable.personnel.OfficerStatus;
import org.constable.platform.JobLock;
import org.constable.platform.NativeSql;
import org.constable.policy.PolicyService;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Role;
import org.constable.security.Unguarded;

/**
 * The daily expiry check: for each current certificate of a serving officer that comes within the
 * first alert's window (90 days), the second's (30) or has expired (within the second window's
 * days, so that a first run does not dig up old history), it tells the officer and the HR of its
 * unit, once per certificate and stage. The job's row is locked for the run, and each alert is a
 * row keyed by certificate and stage: two runs at once, on one node or two, raise each alert once.
 */
@Stateless
public class ExpiryAlerts {

  static final String JOB = "qualification-expiry-alerts";

  @PersistenceContext private EntityManager em;
  @Inject private Notifications notifications;
  @Inject private PolicyService policy;
  @Inject private Clock clock;

  /** ADMIN's button: the same run as the timer's, today. */
  @Guard(Permissions.QUALIFICATION_DEFINE)
  public int runNow() {
    return run(LocalDate.now(clock));
  }

  @Unguarded("the daily timer runs it without a caller; it only raises the alerts due")
  public int runScheduled() {
    return run(LocalDate.now(clock));
  }

  private int run(LocalDate today) {
    JobLock lock = JobLock.acquire(em, JOB);
    int first = policy.intValue(QualificationPolicy.FIRST_ALERT_DAYS);
    int second = Math.min(first, policy.intValue(QualificationPolicy.SECOND_ALERT_DAYS));
    int raised = 0;
    for (Candidate c : candidates(today, first, second)) {
      var due = ExpiryStage.due(c.expiresOn(), today, first, second);
      if (due.isPresent() && !c.raised().contains(due.get())) {
        raise(c, due.get(), today);
        raised++;
      }
    }
    lock.ran(LocalDateTime.now(clock));
    return raised;
  }

  /** A certificate whose expiry is near or just past, with the alerts it has had. */
  private record Candidate(
      long certificateId,
      long officerId,
      String name,
      String policeNumber,
      String unitPath,
      String typeZh,
      String typeEn,
      String number,
      LocalDate expiresOn,
      Set<ExpiryStage> raised) {}

  private List<Candidate> candidates(LocalDate today, int first, int second) {
    String raisedStage =
        " (SELECT COUNT(*) FROM cert_alert a WHERE a.certificate_id = c.id AND a.stage = '%s')";
    return new NativeSql()
            .sql("SELECT c.id, o.id, o.name, o.police_number, u.path, t.name_zh, t.name_en,")
            .sql(" c.cert_number, c.expires_on,")
            .sql(String.format(raisedStage, ExpiryStage.FIRST) + ",")
            .sql(String.format(raisedStage, ExpiryStage.SECOND) + ",")
            .sql(String.format(raisedStage, ExpiryStage.EXPIRED))
            .sql(" FROM officer_certificate c JOIN certificate_type t ON t.code = c.type_code")
            .sql(" JOIN officer o ON o.id = c.officer_id JOIN org_unit u ON u.id = o.unit_id")
            .sql(" WHERE c.expires_on BETWEEN ")
            .value(today.minusDays(second))
            .sql(" AND ")
            .value(today.plusDays(first))
            .sql(" AND c.renewed_by_id IS NULL AND (c.revoked_on IS NULL OR c.revoked_on > ")
            .value(today)
            .sql(") AND o.status IN " + NativeSql.literals(OfficerStatus.active()))
            .sql(" ORDER BY c.expires_on, c.id")
            .rows(em)
            .stream()
            .map(ExpiryAlerts::candidate)
            .toList();
  }

  private static Candidate candidate(Object[] r) {
    Set<ExpiryStage> raised = EnumSet.noneOf(ExpiryStage.class);
    for (ExpiryStage stage : ExpiryStage.values()) {
      if (NativeSql.number(r[9 + stage.ordinal()]) > 0) {
        raised.add(stage);
      }
    }
    return new Candidate(
        NativeSql.number(r[0]),
        NativeSql.number(r[1]),
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (String) r[6],
        (String) r[7],
        NativeSql.date(r[8]),
        raised);
  }

  private void raise(Candidate c, ExpiryStage stage, LocalDate today) {
    em.createNativeQuery(
            "INSERT INTO cert_alert (certificate_id, stage, raised_on) VALUES (?1, ?2, ?3)")
        .setParameter(1, c.certificateId())
        .setParameter(2, stage.name())
        .setParameter(3, java.sql.Date.valueOf(today))
        .executeUpdate();
    String expires = c.expiresOn().toString();
    String record = "/personnel/officer.xhtml?id=" + c.officerId();
    notifications.tellOfficer(
        c.officerId(),
        "qualification.alert.officer." + stage,
        List.of(c.typeZh(), c.typeEn(), c.number(), expires),
        record);
    notifications.tellRoleCovering(
        Role.HR,
        c.unitPath(),
        "qualification.alert.hr." + stage,
        List.of(c.name(), c.policeNumber(), c.typeZh(), c.typeEn(), expires),
        record);
  }
}
