package org.constable.it.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.education.Awards;
import org.constable.education.ClaimRow;
import org.constable.education.ClaimState;
import org.constable.education.Claims;
import org.constable.education.DeadlineRule;
import org.constable.education.Deadlines;
import org.constable.education.EducationRecords;
import org.constable.education.EnrolmentInput;
import org.constable.education.GradeGates;
import org.constable.education.Outcome;
import org.constable.education.Programme;
import org.constable.education.RecordInput;
import org.constable.education.StudyMode;
import org.constable.education.Upgrades;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.Education;
import org.constable.personnel.InvalidInputException;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.personnel.RosterImport;
import org.constable.personnel.RosterRejectedException;
import org.constable.personnel.RosterRow;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.Attachment;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.constable.platform.NotFoundException;
import org.constable.qualification.CertificateInput;
import org.constable.qualification.Certificates;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Education in the real server: the reimbursement rule through the services (age and grade on the
 * start date), HR's decisions and the payment, audited; the award once per officer; the deadline
 * list; the grade gate; who may act on which claim, by scope and by hand-made ids.
 */
@ExtendWith(ArquillianExtension.class)
class ClaimsIT {

  private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(ClaimsIT.class, EducationFixture.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OrgUnitAdministration units;
  @Inject OfficerRegister register;
  @Inject Upgrades upgrades;
  @Inject Claims claims;
  @Inject Awards awards;
  @Inject Deadlines deadlines;
  @Inject EducationRecords records;
  @Inject GradeGates gates;
  @Inject AuditTrail audit;
  @Inject Certificates certificates;
  @Inject RosterImport rosterImport;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);
  private final LocalDate start = today.minusYears(1);

  @Test
  void fiftyOnTheStartDateIsFullyReimbursedAndTheClaimIsApprovedAndPaid() throws Exception {
    long claimId =
        AsUser.call(
            em,
            "hr-county",
            () -> {
              var force = EducationFixture.inCounty(em, units);
              long officer = force.officer(register, start.minusYears(50), "KY", "HIGH_SCHOOL");
              long enrolment = ended(officer, Programme.ASSOCIATE, "8000", Outcome.GRADUATED);
              var preview = claims.preview(enrolment);
              assertEquals("education.rule.associateOlder", preview.ruleKey());
              assertEquals(List.of(50, start), preview.reasonArguments());
              long id = claims.file(enrolment, receipt());
              var twice =
                  assertThrows(BusinessException.class, () -> claims.file(enrolment, receipt()));
              assertEquals("education.claim.alreadyFiled", twice.getMessageKey());
              ClaimRow filed = claims.claim(id);
              assertEquals(ClaimState.FILED, filed.state());
              assertEquals(new BigDecimal("8000.00"), filed.ruleAmount());
              assertEquals("KY", filed.gradeOnStart());
              assertEquals(Education.HIGH_SCHOOL, filed.educationOnStart());
              claims.approve(id, filed.version());
              ClaimRow approved = claims.claim(id);
              var tooMuch =
                  assertThrows(
                      BusinessException.class,
                      () ->
                          claims.pay(
                              id,
                              new BigDecimal("8000.01"),
                              today,
                              force.county(),
                              approved.version()));
              assertEquals("education.claim.badPaidAmount", tooMuch.getMessageKey());
              claims.pay(id, new BigDecimal("8000"), today, force.county(), approved.version());
              ClaimRow paid = claims.claim(id);
              assertEquals(ClaimState.PAID, paid.state());
              assertEquals(new BigDecimal("8000.00"), paid.paidAmount());
              assertEquals(new DemoFixtures(em).county().getLabelZh(), paid.payingUnitLabel());
              return id;
            });
    assertEquals(
        List.of("PAY", "APPROVE", "FILE"),
        AsUser.auditOf(em, audit, "TuitionClaim", claimId).stream()
            .map(e -> e.getAction())
            .toList());
  }

  @Test
  void aDayUnderFiftyBelow副主任科员IsNotCoveredAndOnlyAnOverrideWithAJustificationPays()
      throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var force = EducationFixture.inCounty(em, units);
          long young =
              force.officer(register, start.minusYears(50).plusDays(1), "KY", "HIGH_SCHOOL");
          long enrolment = ended(young, Programme.ASSOCIATE, "6000", Outcome.DEGREE);
          long id = claims.file(enrolment, receipt());
          ClaimRow filed = claims.claim(id);
          assertEquals("education.rule.associateGradeLow", filed.ruleKey());
          assertEquals(49, filed.ageOnStart());
          assertEquals(0, filed.ruleAmount().signum());
          var approve =
              assertThrows(BusinessException.class, () -> claims.approve(id, filed.version()));
          assertEquals("education.claim.notCoveredNeedsOverride", approve.getMessageKey());
          var bare =
              assertThrows(
                  BusinessException.class,
                  () -> claims.override(id, new BigDecimal("100"), " ", filed.version()));
          assertEquals("education.claim.justificationRequired", bare.getMessageKey());
          claims.override(id, new BigDecimal("100"), "局党委会议决定全额报销", filed.version());
          ClaimRow overridden = claims.claim(id);
          assertEquals(ClaimState.APPROVED, overridden.state());
          assertTrue(overridden.overridden());
          assertEquals(new BigDecimal("6000.00"), overridden.approvedAmount());

          // at 副主任科员 the same age is covered
          long graded =
              force.officer(register, start.minusYears(50).plusDays(1), "FZRKY", "HIGH_SCHOOL");
          long second = ended(graded, Programme.ASSOCIATE, "6000", Outcome.GRADUATED);
          assertEquals("education.rule.associateGraded", claims.preview(second).ruleKey());

          // a master's degree: 70%, HALF_UP to the fen
          long master = force.officer(register, LocalDate.of(1985, 5, 5), "KY", "BACHELOR");
          long m = ended(master, Programme.MASTER, "12345.67", Outcome.DEGREE);
          assertEquals(new BigDecimal("8641.97"), claims.preview(m).amount());

          // a rejection needs a reason, and a new claim may follow it
          long mc = claims.file(m, receipt());
          var noReason =
              assertThrows(
                  BusinessException.class, () -> claims.reject(mc, "", claims.claim(mc).version()));
          assertEquals("education.claim.reasonRequired", noReason.getMessageKey());
          claims.reject(mc, "票据不清晰", claims.claim(mc).version());
          assertEquals(ClaimState.REJECTED, claims.claim(mc).state());
          long again = claims.file(m, receipt());
          assertEquals(ClaimState.FILED, claims.claim(again).state());
        });
  }

  @Test
  void anOfficerFilesAndSeesOnlyItsOwnAndACountysHrOnlyItsCounty() throws Exception {
    String policeNumber = AsUser.policeNumber(em, "officer");
    long own = officerId(policeNumber);
    long[] ids =
        AsUser.call(
            em,
            "hr-county",
            () -> {
              var force = EducationFixture.inCounty(em, units);
              long colleague = force.officer(register, LocalDate.of(1980, 3, 3), "KY", "ASSOCIATE");
              long e = ended(colleague, Programme.BACHELOR, "5000", Outcome.GRADUATED);
              return new long[] {colleague, e, claims.file(e, receipt())};
            });
    long[] other =
        AsUser.call(
            em,
            "hr-city",
            () -> {
              var force =
                  new EducationFixture(em, units, new DemoFixtures(em).otherCounty().getCode());
              long officer = force.officer(register, LocalDate.of(1980, 4, 4), "KY", "ASSOCIATE");
              long e = ended(officer, Programme.BACHELOR, "5000", Outcome.COMPLETED);
              return new long[] {officer, claims.file(e, receipt())};
            });
    AsUser.run(
        em,
        "officer",
        () -> {
          long mine =
              upgrades.register(
                  own,
                  new EnrolmentInput(
                      Programme.BACHELOR,
                      "内蒙古大学",
                      "法学",
                      StudyMode.PART_TIME,
                      start,
                      today,
                      new BigDecimal("4000")));
          upgrades.end(mine, Outcome.DEGREE, today, upgrades.of(own).get(0).version());
          long claim = claims.file(mine, receipt());
          assertEquals(List.of(claim), claims.mine().stream().map(ClaimRow::id).toList());
          assertThrows(AccessDeniedException.class, () -> claims.claim(ids[2]));
          assertThrows(AccessDeniedException.class, () -> claims.receipt(ids[2]));
          assertThrows(AccessDeniedException.class, () -> claims.file(ids[1], receipt()));
          assertThrows(AccessDeniedException.class, () -> upgrades.of(ids[0]));
          assertThrows(
              AccessDeniedException.class,
              () ->
                  upgrades.register(
                      ids[0],
                      new EnrolmentInput(
                          Programme.MASTER,
                          "X",
                          null,
                          StudyMode.FULL_TIME,
                          start,
                          today,
                          BigDecimal.ONE)));
          assertThrows(AccessDeniedException.class, () -> claims.approve(claim, 0));
          assertThrows(AccessDeniedException.class, () -> claims.desk(null, 0, 10));
        });
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertTrue(claims.desk(null, 0, 500).stream().anyMatch(r -> r.id() == ids[2]));
          assertFalse(claims.desk(null, 0, 5000).stream().anyMatch(r -> r.id() == other[1]));
          assertThrows(AccessDeniedException.class, () -> claims.claim(other[1]));
          assertThrows(AccessDeniedException.class, () -> claims.approve(other[1], 0));
          assertThrows(AccessDeniedException.class, () -> claims.receipt(other[1]));
          assertThrows(NotFoundException.class, () -> claims.claim(Long.MAX_VALUE));
          assertThrows(NotFoundException.class, () -> claims.approve(Long.MAX_VALUE, 0));
        });
    AsUser.run(em, "hr-city", () -> assertEquals(ClaimState.FILED, claims.claim(other[1]).state()));
  }

  @Test
  void theAwardOnceTheDeadlineListTheRecordsAndTheGradeGate() throws Exception {
    long[] ids = new long[1];
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var force = EducationFixture.inCounty(em, units);
          long officer = force.officer(register, LocalDate.of(1990, 1, 1), "FZRKY", "HIGH_SCHOOL");
          long lower = force.officer(register, LocalDate.of(1990, 1, 1), "KY", "HIGH_SCHOOL");

          long award = awards.raise(officer, today.minusMonths(2));
          var twice = assertThrows(BusinessException.class, () -> awards.raise(officer, today));
          assertEquals("education.award.once", twice.getMessageKey());
          var row =
              awards.list(0, 1000).stream().filter(a -> a.id() == award).findFirst().orElseThrow();
          assertEquals(new BigDecimal("2000.00"), row.amount());
          awards.approve(award, row.version());

          var bound = deadlines.list().stream().filter(d -> d.officerId() == officer).findFirst();
          assertTrue(bound.isPresent());
          assertEquals(DeadlineRule.Risk.WATCH, bound.get().risk());
          assertFalse(deadlines.list().stream().anyMatch(d -> d.officerId() == lower));
          upgrades.register(
              officer,
              new EnrolmentInput(
                  Programme.ASSOCIATE,
                  "河套学院",
                  "法律事务",
                  StudyMode.PART_TIME,
                  today,
                  bound.get().deadline().plusDays(1),
                  new BigDecimal("3000")));
          assertEquals(
              DeadlineRule.Risk.AT_RISK,
              deadlines.list().stream()
                  .filter(d -> d.officerId() == officer)
                  .findFirst()
                  .orElseThrow()
                  .risk());

          assertFalse(gates.allows(officer, "FKJ"));
          assertTrue(gates.allows(officer, "ZRKY"));
          assertFalse(gates.allowsLevel(Education.HIGH_SCHOOL, "ZCJ"));
          assertTrue(gates.allowsLevel(Education.ASSOCIATE, "ZCJ"));
          var noReason =
              assertThrows(BusinessException.class, () -> gates.recordReason(officer, "FKJ", " "));
          assertEquals("education.gate.reasonRequired", noReason.getMessageKey());
          gates.recordReason(officer, "FKJ", "援藏干部，经市局党委研究");
          records.add(
              officer,
              new RecordInput(
                  Education.ASSOCIATE,
                  "河套学院",
                  "法律事务",
                  StudyMode.PART_TIME,
                  today.minusYears(3),
                  today.minusDays(1),
                  "D-1",
                  null,
                  null));
          assertEquals(
              Education.ASSOCIATE,
              em.createQuery("SELECT o.education FROM Officer o WHERE o.id = :id", Education.class)
                  .setParameter("id", officer)
                  .getSingleResult());
          assertTrue(gates.allows(officer, "FKJ"));
          assertFalse(deadlines.list().stream().anyMatch(d -> d.officerId() == officer));
          // the level is the records' now: neither the record form nor a roster may type another
          OfficerInput form = register.input(officer);
          long version =
              em.createQuery("SELECT o.version FROM Officer o WHERE o.id = :id", Long.class)
                  .setParameter("id", officer)
                  .getSingleResult();
          var typed =
              assertThrows(
                  InvalidInputException.class,
                  () ->
                      register.update(officer, form.with("education", "BACHELOR"), today, version));
          assertEquals(
              "personnel.field.educationFollowsRecords", typed.getErrors().get(0).messageKey());
          var roster =
              assertThrows(
                  RosterRejectedException.class,
                  () ->
                      rosterImport.importRoster(
                          List.of(new RosterRow(2, form.with("education", "BACHELOR")))));
          assertEquals(
              List.of("personnel.field.educationFollowsRecords"),
              roster.getErrors().stream().map(e -> e.messageKey()).toList());
          // the level the records show passes, and other fields change as usual
          var sameLevel = form.with("education", "ASSOCIATE").with("phone", "13904780001");
          assertEquals(
              1, rosterImport.importRoster(List.of(new RosterRow(2, sameLevel))).updated());
          ids[0] = officer;
        });
    assertTrue(
        AsUser.auditOf(em, audit, "Officer", ids[0]).stream()
            .anyMatch(e -> e.getAction().equals("GRADE_GATE_REASON")));
    // a county's HR may not raise an award for another county's officer
    long stranger =
        new DemoFixtures(em).policeOfficerUnder(new DemoFixtures(em).otherCounty().getPath(), 0);
    AsUser.run(
        em,
        "hr-county",
        () -> assertThrows(AccessDeniedException.class, () -> awards.raise(stranger, today)));
  }

  @Test
  void aLegalQualificationRecordedRaisesTheAwardByItselfOnceAndTellsHr() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var force = EducationFixture.inCounty(em, units);
          long officer = force.officer(register, LocalDate.of(1985, 1, 1), "KY", "BACHELOR");
          long notices = noticesOf("education.notice.awardRaised");
          LocalDate passed = today.minusMonths(1);
          long first =
              certificates.record(
                  officer,
                  new CertificateInput("LEGAL_PRO", "A-IT-" + officer, passed, null),
                  null);
          var raised = awards.list(0, 1000).stream().filter(a -> a.officerId() == officer).toList();
          assertEquals(1, raised.size());
          assertTrue(raised.get(0).fromCertificate());
          assertEquals(passed, raised.get(0).passedOn());
          assertEquals(new BigDecimal("2000.00"), raised.get(0).amount());
          assertTrue(noticesOf("education.notice.awardRaised") > notices);

          // another certificate of the type (a correction, a second copy) raises nothing more
          certificates.record(
              officer, new CertificateInput("LEGAL_PRO", "B-IT-" + officer, today, null), null);
          assertEquals(
              1, awards.list(0, 1000).stream().filter(a -> a.officerId() == officer).count());
          // a certificate of another type raises none
          long plain = force.officer(register, LocalDate.of(1985, 1, 1), "KY", "BACHELOR");
          certificates.record(
              plain, new CertificateInput("LE_BASIC", "L-IT-" + plain, passed, null), null);
          assertFalse(awards.list(0, 1000).stream().anyMatch(a -> a.officerId() == plain));
          assertTrue(first > 0);
        });
  }

  private long noticesOf(String textKey) {
    return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.textKey = :k", Long.class)
        .setParameter("k", textKey)
        .getSingleResult();
  }

  private long ended(long officer, Programme programme, String tuition, Outcome outcome) {
    long id =
        upgrades.register(
            officer,
            new EnrolmentInput(
                programme,
                "内蒙古大学",
                "法学",
                StudyMode.PART_TIME,
                start,
                today,
                new BigDecimal(tuition)));
    long version =
        upgrades.of(officer).stream().filter(e -> e.id() == id).findFirst().orElseThrow().version();
    upgrades.end(id, outcome, today, version);
    return id;
  }

  private static Attachment receipt() {
    return Attachment.checked("学费票据.pdf", PDF, Claims.MAX_RECEIPT_BYTES);
  }

  private long officerId(String policeNumber) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM officer WHERE police_number = ?1")
                .setParameter(1, policeNumber)
                .getSingleResult())
        .longValue();
  }
}
