package org.constable.it.qualification;

import static org.constable.it.qualification.QualificationFixture.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import org.constable.it.AsUser;
import org.constable.it.Deployments;
import org.constable.it.Unique;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.ClockProducer;
import org.constable.qualification.CertificateInput;
import org.constable.qualification.Certificates;
import org.constable.qualification.ExpiryAlerts;
import org.constable.security.AccountService;
import org.constable.web.notification.MailDispatcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily expiry check in the real server: each alert in its window and once, to the officer and
 * its HR, also when two runs start at once; the mail reaches a real SMTP server (GreenMail, on the
 * port the embedded configuration's mail session points at).
 */
@ExtendWith(ArquillianExtension.class)
class ExpiryAlertsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWithLibraries(
        List.of(GreenMail.class), ExpiryAlertsIT.class, QualificationFixture.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OrgUnitAdministration units;
  @Inject OfficerRegister register;
  @Inject Certificates certificates;
  @Inject ExpiryAlerts alerts;
  @Inject AccountService accounts;
  @Inject MailDispatcher mail;

  @Resource ManagedExecutorService executor;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void eachAlertIsRaisedOnceInItsWindowEvenByTwoRunsAtOnceAndMailed() throws Exception {
    var smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    String address = Unique.code("m").toLowerCase() + "@test.invalid";
    try {
      Map<String, Long> ids = new LinkedHashMap<>();
      long officer =
          AsUser.call(
              em,
              "hr-county",
              () -> {
                var force = new QualificationFixture(em, units);
                long o = force.officer(register, "GLQ", "BACHELOR");
                LocalDate issued = today.minusYears(4);
                ids.put(
                    "in 91 days",
                    certificate(certificates, o, "LE_BASIC", issued, today.plusDays(91)));
                ids.put(
                    "in 90 days",
                    certificate(certificates, o, "ACCIDENT_SIMPLE", issued, today.plusDays(90)));
                ids.put(
                    "in 30 days",
                    certificate(certificates, o, "LE_MID", issued, today.plusDays(30)));
                ids.put("today", certificate(certificates, o, "LE_ADV", issued, today));
                ids.put(
                    "yesterday",
                    certificate(certificates, o, "ACCIDENT", issued, today.minusDays(1)));
                long revoked =
                    certificate(certificates, o, "DRIVING_EXAMINER", issued, today.plusDays(10));
                certificates.revoke(
                    revoked, today, "暂扣", QualificationFixture.version(em, revoked));
                ids.put("revoked", revoked);
                long renewed =
                    certificate(certificates, o, "VEHICLE_INSPECTOR", issued, today.plusDays(10));
                certificates.renew(
                    renewed,
                    new CertificateInput(null, "R" + renewed, today, null),
                    null,
                    QualificationFixture.version(em, renewed));
                ids.put("renewed", renewed);
                return o;
              });
      String policeNumber = QualificationFixture.policeNumberOf(em, officer);
      AsUser.run(
          em,
          "admin",
          () -> {
            accounts.create(policeNumber);
            accounts.changeEmail(accountOf(policeNumber), address, accountVersion(policeNumber));
          });

      // two runs at once, as on two nodes of a cluster: the job's row makes the second wait
      var start = new CountDownLatch(1);
      Callable<Integer> run =
          () -> {
            start.await();
            return alerts.runScheduled();
          };
      List<Future<Integer>> runs =
          new ArrayList<>(List.of(executor.submit(run), executor.submit(run)));
      start.countDown();
      int raised = runs.get(0).get() + runs.get(1).get();
      assertTrue(raised >= 4, "raised " + raised);

      assertEquals(List.of(), stages(ids.get("in 91 days")));
      assertEquals(List.of("FIRST"), stages(ids.get("in 90 days")));
      assertEquals(List.of("SECOND"), stages(ids.get("in 30 days")));
      assertEquals(List.of("SECOND"), stages(ids.get("today")));
      assertEquals(List.of("EXPIRED"), stages(ids.get("yesterday")));
      assertEquals(List.of(), stages(ids.get("revoked")));
      assertEquals(List.of(), stages(ids.get("renewed")));
      assertEquals(4, officerAlerts(policeNumber));
      // a third run, later the same day, finds nothing of it new
      alerts.runScheduled();
      assertEquals(4, officerAlerts(policeNumber));
      assertTrue(hrAlertsAbout(policeNumber) >= 4, "the county's HR hears of each");

      mail.dispatch();
      assertTrue(smtp.waitForIncomingEmail(30_000, 4), "four mails reach the SMTP server");
      List<jakarta.mail.internet.MimeMessage> mine =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> recipients(m).contains(address))
              .toList();
      assertEquals(4, mine.size());
      assertTrue(mine.stream().allMatch(m -> subject(m).equals("Constable 通知")));
      assertTrue(
          mine.stream().anyMatch(m -> GreenMailUtil.getBody(m).length() > 0),
          "the message says what expires");
      assertEquals(4, mailed(policeNumber));

      // only ADMIN presses the button
      AsUser.run(
          em,
          "hr-county",
          () ->
              org.junit.jupiter.api.Assertions.assertThrows(
                  AccessDeniedException.class, alerts::runNow));
    } finally {
      smtp.stop();
    }
  }

  private static String recipients(jakarta.mail.Message m) {
    try {
      return GreenMailUtil.getAddressList(m.getAllRecipients());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String subject(jakarta.mail.Message m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private List<String> stages(long certificateId) {
    return em.createNativeQuery(
            "SELECT stage FROM cert_alert WHERE certificate_id = ?1 ORDER BY stage")
        .setParameter(1, certificateId)
        .getResultList();
  }

  private long officerAlerts(String policeNumber) {
    return count(
        "SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id"
            + " JOIN officer o ON o.id = a.officer_id WHERE o.police_number = ?1"
            + " AND n.text_key LIKE 'qualification.alert.officer.%'",
        policeNumber);
  }

  private long hrAlertsAbout(String policeNumber) {
    return count(
        "SELECT COUNT(*) FROM notification n WHERE n.text_key LIKE 'qualification.alert.hr.%'"
            + " AND n.arguments LIKE ?1",
        "%" + policeNumber + "%");
  }

  private long mailed(String policeNumber) {
    return count(
        "SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id"
            + " JOIN officer o ON o.id = a.officer_id WHERE o.police_number = ?1 AND n.mail_state = 'SENT'",
        policeNumber);
  }

  private long count(String sql, String value) {
    return ((Number) em.createNativeQuery(sql).setParameter(1, value).getSingleResult())
        .longValue();
  }

  private long accountOf(String policeNumber) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT a.id FROM account a JOIN officer o ON o.id = a.officer_id WHERE o.police_number = ?1")
                .setParameter(1, policeNumber)
                .getSingleResult())
        .longValue();
  }

  private long accountVersion(String policeNumber) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT a.version FROM account a JOIN officer o ON o.id = a.officer_id WHERE o.police_number = ?1")
                .setParameter(1, policeNumber)
                .getSingleResult())
        .longValue();
  }
}
