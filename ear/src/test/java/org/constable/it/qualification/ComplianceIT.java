package org.constable.it.qualification;

import static org.constable.it.qualification.QualificationFixture.certificate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.OfficerDirectory;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OfficerSort;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.ClockProducer;
import org.constable.qualification.CertificateInput;
import org.constable.qualification.Certificates;
import org.constable.qualification.ComplianceFigure;
import org.constable.qualification.ComplianceReport;
import org.constable.qualification.EnforcementGate;
import org.constable.qualification.QualificationMarks;
import org.constable.qualification.RequirementView;
import org.constable.qualification.Requirements;
import org.constable.qualification.SubjectKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each seeded requirement on a small crafted force, in the real server: a certificate expiring on
 * the report's day and the day after, a revoked one, a renewed one, the 20% of legal officers on
 * both sides; the heads of a brigade; the enforcement gate; the officer list's warnings; scope.
 */
@ExtendWith(ArquillianExtension.class)
class ComplianceIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(ComplianceIT.class, QualificationFixture.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OrgUnitAdministration units;
  @Inject OfficerRegister register;
  @Inject OfficerDirectory directory;
  @Inject Certificates certificates;
  @Inject ComplianceReport report;
  @Inject Requirements requirements;
  @Inject EnforcementGate gate;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  private RequirementView seeded(String post, String type) {
    return requirements.all().stream()
        .filter(r -> r.subjectKind() == SubjectKind.POST && post.equals(r.subjectCode()))
        .filter(r -> r.typeCodes().contains(type))
        .findFirst()
        .orElseThrow();
  }

  private RequirementView seeded(SubjectKind kind) {
    return requirements.all().stream()
        .filter(r -> r.subjectKind() == kind)
        .findFirst()
        .orElseThrow();
  }

  private ComplianceFigure in(QualificationFixture force, RequirementView r, LocalDate day) {
    return report.units(r.id(), force.unitId, day).total();
  }

  @Test
  void aRoadOfficersCertificateCountsOnItsExpiryDayButNotTheDayAfterRevokedNeverRenewedAlways()
      throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var force = new QualificationFixture(em, units);
          LocalDate day = today.plusDays(10);
          long expiring = force.officer(register, "GLQ", "BACHELOR");
          long revoked = force.officer(register, "GLQ", "BACHELOR");
          long renewed = force.officer(register, "GLQ", "BACHELOR");
          long none = force.officer(register, "GLQ", "BACHELOR");
          certificate(certificates, expiring, "ACCIDENT_SIMPLE", today.minusYears(2), day);
          long toRevoke =
              certificate(certificates, revoked, "ACCIDENT_SIMPLE", today.minusYears(1), null);
          certificates.revoke(toRevoke, today, "违纪", QualificationFixture.version(em, toRevoke));
          // the old one expired yesterday; its renewal is valid for years
          long old =
              certificate(
                  certificates,
                  renewed,
                  "ACCIDENT_SIMPLE",
                  today.minusYears(5),
                  today.minusDays(1));
          certificates.renew(
              old,
              new CertificateInput(null, "R" + old, today.minusDays(1), null),
              null,
              QualificationFixture.version(em, old));

          var rule = seeded("GLQ", "ACCIDENT_SIMPLE");
          assertEquals(new ComplianceFigure(4, 2, 100), in(force, rule, day));
          assertEquals(new ComplianceFigure(4, 1, 100), in(force, rule, day.plusDays(1)));
          // a week ago the revoked one still counted, the renewed officer held its old certificate
          assertEquals(new ComplianceFigure(4, 3, 100), in(force, rule, today.minusDays(7)));
          assertFalse(in(force, rule, day).met());
          assertEquals(2, in(force, rule, day).missing());

          var shortOnTheDay =
              report.shortfall(rule.id(), force.unitId, day, 0, 50).stream()
                  .map(r -> r.officerId())
                  .collect(Collectors.toSet());
          assertEquals(Set.of(revoked, none), shortOnTheDay);
          assertEquals(2, report.shortfallCount(rule.id(), force.unitId, day));
          var revokedRow =
              report.shortfall(rule.id(), force.unitId, day, 0, 50).stream()
                  .filter(r -> r.officerId() == revoked)
                  .findFirst()
                  .orElseThrow();
          assertEquals("ACCIDENT_SIMPLE", revokedRow.lastTypeCode());
          assertEquals(today, revokedRow.lastRevokedOn());

          // the county's figure holds the crafted brigade as one of its rows, by the unit's id
          var county = report.units(rule.id(), null, day);
          assertTrue(
              county.rows().stream().anyMatch(r -> r.unit().id() == force.unitId && !r.own()));
          assertEquals(new DemoFixtures(em).county().getId(), county.unit().id());
        });
  }

  @Test
  void legalOfficersNeedTheAdvancedLevelAndOneInFiveTheLegalQualificationOrAPostgraduateDegree()
      throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var force = new QualificationFixture(em, units);
          List<Long> legal = new java.util.ArrayList<>();
          for (int i = 0; i < 5; i++) {
            legal.add(force.officer(register, "FZY", "BACHELOR"));
          }
          certificate(certificates, legal.get(0), "LEGAL_PRO", today.minusYears(3), null);
          legal.forEach(o -> certificate(certificates, o, "LE_ADV", today.minusYears(1), null));
          var share = seeded("FZY", "LEGAL_PRO");
          var advanced = seeded("FZY", "LE_ADV");
          // 1 of 5: exactly 20%
          assertEquals(new ComplianceFigure(5, 1, 20), in(force, share, today));
          assertTrue(in(force, share, today).met());
          assertEquals(new ComplianceFigure(5, 5, 100), in(force, advanced, today));
          // a sixth legal officer: 1 of 6 falls below
          long sixth = force.officer(register, "FZY", "BACHELOR");
          assertEquals(new ComplianceFigure(6, 1, 20), in(force, share, today));
          assertFalse(in(force, share, today).met());
          assertFalse(in(force, advanced, today).met());
          // a master's degree counts for the share, not for the level
          long master = force.officer(register, "FZY", "MASTER");
          assertEquals(new ComplianceFigure(7, 2, 20), in(force, share, today));
          assertTrue(in(force, share, today).met());
          assertEquals(new ComplianceFigure(7, 5, 100), in(force, advanced, today));
          // the share binds the unit: the sixth is marked for the advanced level only
          assertEquals(
              List.of(QualificationMarks.LACKS_CERTIFICATE, QualificationMarks.MAY_NOT_ENFORCE),
              directory.marksOf(sixth));
          assertEquals(
              Set.of(advanced.id(), seeded(SubjectKind.POLICE).id()),
              gate.requirementsLacking(master, today).stream()
                  .map(RequirementView::id)
                  .collect(Collectors.toSet()));
        });
  }

  @Test
  void everyPostsRequirementAndTheHeadsIntermediateLevel() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var force = new QualificationFixture(em, units);
          long accident = force.officer(register, "SGCL", "BACHELOR");
          long vehicles = force.officer(register, "CG", "BACHELOR");
          long head = force.officer(register, "LD", "BACHELOR");
          certificate(certificates, accident, "ACCIDENT", today.minusYears(1), null);
          certificate(certificates, vehicles, "DRIVING_EXAMINER", today.minusYears(1), null);
          certificate(certificates, head, "LE_BASIC", today.minusYears(1), null);
          assertEquals(
              new ComplianceFigure(1, 1, 100), in(force, seeded("SGCL", "ACCIDENT"), today));
          assertEquals(
              new ComplianceFigure(1, 1, 100), in(force, seeded("CG", "DRIVING_EXAMINER"), today));
          assertEquals(
              new ComplianceFigure(1, 0, 100), in(force, seeded("CG", "VEHICLE_INSPECTOR"), today));
          // a brigade's leader is a head: basic is not enough, intermediate is
          var heads = seeded(SubjectKind.HEAD);
          assertEquals(new ComplianceFigure(1, 0, 100), in(force, heads, today));
          certificate(certificates, head, "LE_MID", today, null);
          assertEquals(new ComplianceFigure(1, 1, 100), in(force, heads, today));
          // every police officer needs a law-enforcement qualification of any level
          var police = seeded(SubjectKind.POLICE);
          assertEquals(new ComplianceFigure(3, 1, 100), in(force, police, today));
        });
  }

  @Test
  void theGateOpensOnTheIssueDayAndClosesTheDayAfterExpiryOrOnRevocation() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var force = new QualificationFixture(em, units);
          long officer = force.officer(register, "BAMJ", "BACHELOR");
          assertFalse(gate.mayEnforce(officer, today).mayEnforce());
          long id =
              certificate(certificates, officer, "LE_BASIC", today.minusYears(5).plusDays(1), null);
          // valid 5 years: up to and including today
          var standing = gate.mayEnforce(officer, today);
          assertTrue(standing.mayEnforce());
          assertEquals("LE_BASIC", standing.typeCode());
          assertEquals(today, standing.expiresOn());
          assertFalse(gate.mayEnforce(officer, today.plusDays(1)).mayEnforce());
          assertFalse(gate.mayEnforce(officer, today.minusYears(5)).mayEnforce());
          // the list's warning follows the gate
          var filter = new OfficerFilter(null, force.unitId, null, null, null, null);
          assertEquals(0, directory.count(filter.withMark(QualificationMarks.MAY_NOT_ENFORCE)));
          certificates.revoke(id, today, "暂扣", QualificationFixture.version(em, id));
          assertFalse(gate.mayEnforce(officer, today).mayEnforce());
          assertEquals(1, directory.count(filter.withMark(QualificationMarks.MAY_NOT_ENFORCE)));
          assertEquals(
              List.of(officer),
              directory
                  .search(
                      filter.withMark(QualificationMarks.MAY_NOT_ENFORCE),
                      OfficerSort.DEFAULT,
                      0,
                      20)
                  .stream()
                  .map(r -> r.id())
                  .toList());
          assertEquals(
              List.of(QualificationMarks.LACKS_CERTIFICATE, QualificationMarks.MAY_NOT_ENFORCE),
              directory.marksOn(List.of(officer)).get(officer));
        });
  }

  @Test
  void anOfficerReadsNoReportNorAnotherOfficersStandingAndTheCitysHrReadsTheCounty()
      throws Exception {
    long[] ids =
        AsUser.call(
            em,
            "hr-county",
            () -> {
              var force = new QualificationFixture(em, units);
              return new long[] {force.unitId, force.officer(register, "GLQ", "BACHELOR")};
            });
    long rule = AsUser.call(em, "hr-county", () -> seeded("GLQ", "ACCIDENT_SIMPLE").id());
    AsUser.run(
        em,
        "officer",
        () -> {
          assertThrows(AccessDeniedException.class, () -> report.summary(today));
          assertThrows(AccessDeniedException.class, () -> gate.mayEnforce(ids[1], today));
        });
    // hr-city's scope covers the county: it may
    AsUser.run(
        em, "hr-city", () -> assertEquals(1, report.units(rule, ids[0], today).total().subjects()));
  }
}
