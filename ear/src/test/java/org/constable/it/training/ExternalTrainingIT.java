package org.constable.it.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.notification.Notifications;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.constable.platform.ConcurrentEditException;
import org.constable.training.ExternalInput;
import org.constable.training.ExternalKind;
import org.constable.training.ExternalStatus;
import org.constable.training.ExternalTrainings;
import org.constable.training.TrainingLedger;
import org.constable.training.TrainingRecords;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Training done elsewhere, in the real server: an officer records its own with a proof, HR of its
 * scope approves it and the ledger credits it; who may see the proof and decide; a rejection needs
 * its reason, and a decided record stays decided.
 */
@ExtendWith(ArquillianExtension.class)
class ExternalTrainingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(ExternalTrainingIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject ExternalTrainings external;
  @Inject TrainingLedger ledger;
  @Inject TrainingRecords records;
  @Inject Notifications notifications;
  @Inject AuditTrail audit;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};

  @Test
  void anApprovedRecordCreditsTheYearItEndedInAndOnlyOnce() throws Exception {
    long officer = officerId(AsUser.policeNumber(em, "officer"));
    int year = today.getYear();
    long id =
        AsUser.call(em, "officer", () -> external.submit(officer, input("全省派出所所长培训班", 5), proof()));
    AsUser.run(
        em,
        "officer",
        () -> {
          var mine = external.of(officer);
          assertEquals(ExternalStatus.PENDING, mine.get(0).status());
          assertEquals("2.5", mine.get(0).days());
          assertEquals(Attachment.PNG, external.proof(id).contentType());
          // the officer cannot approve its own
          assertThrows(
              AccessDeniedException.class, () -> external.approve(id, version(officer, id)));
        });
    int before = AsUser.call(em, "hr-county", () -> ledger.credited(officer, year));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertTrue(external.pending(0, 50).stream().anyMatch(r -> r.id() == id));
          external.approve(id, version(officer, id));
          assertEquals(before + 5, ledger.credited(officer, year));
          long now = version(officer, id);
          var again = assertThrows(BusinessException.class, () -> external.approve(id, now));
          assertEquals("training.external.decided", again.getMessageKey());
          assertEquals(before + 5, ledger.credited(officer, year));
          assertEquals(
              java.util.Set.of("SUBMIT", "APPROVE"),
              audit.historyOf("TrainingExternal", id).stream()
                  .map(e -> e.getAction())
                  .collect(java.util.stream.Collectors.toSet()));
        });
    AsUser.run(em, "admin", () -> assertTrue(ledger.check().sound()));
    AsUser.run(
        em,
        "officer",
        () -> {
          var record = records.record(officer);
          assertEquals(ExternalStatus.APPROVED, record.elsewhere().get(0).status());
          assertTrue(
              notifications.inbox(0, 5).stream()
                  .anyMatch(n -> n.textKey().equals("training.external.approvedNotice")));
        });
  }

  @Test
  void aRejectionNeedsItsReasonAndCreditsNothing() throws Exception {
    long officer = officerId(AsUser.policeNumber(em, "officer"));
    long id =
        AsUser.call(em, "officer", () -> external.submit(officer, input("网络学院在线课程", 2), proof()));
    int before = AsUser.call(em, "hr-county", () -> ledger.credited(officer, today.getYear()));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertEquals(
              "training.external.reasonRequired",
              assertThrows(
                      BusinessException.class,
                      () -> external.reject(id, "  ", version(officer, id)))
                  .getMessageKey());
          external.reject(id, "证明材料看不清，请重新拍照上传", version(officer, id));
          assertEquals(before, ledger.credited(officer, today.getYear()));
          var row = external.of(officer).stream().filter(r -> r.id() == id).findFirst().get();
          assertEquals(ExternalStatus.REJECTED, row.status());
          assertEquals("证明材料看不清，请重新拍照上传", row.decisionReason());
        });
  }

  @Test
  void noOneElseSeesTheProofAndHrOfAnotherCountyCannotDecide() throws Exception {
    long officer = officerId(AsUser.policeNumber(em, "officer"));
    long otherCountyOfficer =
        new DemoFixtures(em).policeOfficerUnder(new DemoFixtures(em).otherCounty().getPath(), 0);
    long id =
        AsUser.call(em, "officer", () -> external.submit(officer, input("省厅执法培训", 4), proof()));
    AsUser.run(
        em,
        "trainer",
        () -> {
          assertThrows(AccessDeniedException.class, () -> external.proof(id));
          assertThrows(AccessDeniedException.class, () -> external.of(officer));
          // nor record one for somebody else
          assertThrows(
              AccessDeniedException.class,
              () -> external.submit(officer, input("冒名登记", 2), proof()));
        });
    AsUser.run(
        em,
        "hr-county",
        () ->
            assertThrows(
                AccessDeniedException.class,
                () -> external.submit(otherCountyOfficer, input("越权登记", 2), proof())));
    // the city's HR covers the county: it may decide; a hand-edited version is refused
    AsUser.run(
        em,
        "hr-city",
        () -> {
          assertThrows(
              ConcurrentEditException.class, () -> external.approve(id, version(officer, id) + 7));
          external.reject(id, "与单位组织的培训重复", version(officer, id));
        });
  }

  @Test
  void hrDoesNotApproveItsOwnTrainingElsewhere() throws Exception {
    String own = AsUser.policeNumber(em, "hr-county");
    long id =
        AsUser.call(em, "hr-county", () -> external.submitFor(own, input("本人外出培训", 4), proof()));
    long officer = officerId(own);
    AsUser.run(
        em,
        "hr-county",
        () ->
            assertEquals(
                "training.external.ownRecord",
                assertThrows(
                        BusinessException.class, () -> external.approve(id, version(officer, id)))
                    .getMessageKey()));
    AsUser.run(em, "hr-city", () -> external.approve(id, version(officer, id)));
  }

  @Test
  void whatCannotBeApprovedIsRefusedBeforeAnythingIsSaved() throws Exception {
    long officer = officerId(AsUser.policeNumber(em, "officer"));
    AsUser.run(
        em,
        "officer",
        () -> {
          long before = external.of(officer).size();
          var tomorrow =
              new ExternalInput(ExternalKind.ONLINE, "明天的课", "网络学院", today, today.plusDays(1), 2);
          assertEquals(
              "training.external.notYetEnded",
              assertThrows(
                      BusinessException.class, () -> external.submit(officer, tomorrow, proof()))
                  .getMessageKey());
          assertEquals(
              "training.external.proofRequired",
              assertThrows(
                      BusinessException.class,
                      () -> external.submit(officer, input("没有证明", 2), null))
                  .getMessageKey());
          assertEquals(before, external.of(officer).size());
        });
  }

  private ExternalInput input(String title, int halfDays) {
    return new ExternalInput(
        ExternalKind.HIGHER_AUTHORITY,
        title,
        "省公安厅",
        today.minusDays(3),
        today.minusDays(1),
        halfDays);
  }

  private static Attachment proof() {
    return Attachment.checked("结业证书.png", PNG, 1024);
  }

  /** The version a page would have shown (read as the caller, who may read the record). */
  private long version(long officerId, long id) {
    return external.of(officerId).stream().filter(r -> r.id() == id).findFirst().get().version();
  }

  private long officerId(String policeNumber) {
    return em.createQuery("SELECT o.id FROM Officer o WHERE o.policeNumber = :n", Long.class)
        .setParameter("n", policeNumber)
        .getSingleResult();
  }
}
