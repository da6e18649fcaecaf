package org.constable.it.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.constable.audit.AuditTrail;
import org.constable.demo.DemoDataLoader;
import org.constable.demo.personnel.DemoForce;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.OrgUnit;
import org.constable.personnel.OrgUnitDirectory;
import org.constable.platform.AccessDeniedException;
import org.constable.reporting.Bucket;
import org.constable.reporting.Figures;
import org.constable.reporting.StationRow;
import org.constable.reporting.UnitFigures;
import org.constable.reporting.WorkforceReport;
import org.constable.reporting.WorkforceStatistics;
import org.constable.security.CurrentUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The workforce figures of the demo force, as of the day it was generated, within each scope. */
@ExtendWith(ArquillianExtension.class)
class WorkforceIT {

  private static final String COUNTY = "临河区公安分局";
  private static final Set<String> SHORT_STATIONS = Set.of("北环派出所", "川井派出所", "潮格温都尔派出所");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(WorkforceIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject WorkforceStatistics statistics;
  @Inject OrgUnitDirectory units;
  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;
  @Inject UserTransaction transaction;

  @Test
  void cityHrSeesThePolicysFiguresOnTheDayTheForceWasGenerated() throws Exception {
    LocalDate day = fixtures().demoDay();
    WorkforceReport report = onTheDemoForceAlone("hr-city", () -> statistics.report(day, null));

    Figures figures = report.figures();
    assertEquals(day, report.asOf());
    assertEquals(2975, figures.officers());
    assertEquals(175, figures.upTo30().count());
    assertEquals(463, figures.from51().count());
    assertEquals(new BigDecimal("45.1"), figures.averageAge());
    assertEquals(601, report.education().highSchoolOrBelow().count());
    assertEquals(601, figures.highSchoolOrBelow().count());
    assertEquals(98, report.recruits().total());
    assertEquals(98, figures.recentRecruits());
    BigDecimal frontLine = report.frontLine().frontLine().percent();
    assertTrue(
        frontLine.compareTo(new BigDecimal("89.5")) >= 0
            && frontLine.compareTo(new BigDecimal("90.5")) <= 0,
        frontLine.toString());
    assertEquals(SHORT_STATIONS, names(report.stations().belowMinimum()));
    assertEquals(2975, report.age().bands().stream().mapToLong(Bucket::count).sum());
    assertEquals(2975, report.ranks().stream().mapToLong(Bucket::count).sum());
    assertEquals(
        2975, report.drillDown().stream().mapToLong(row -> row.figures().officers()).sum());
    assertEquals(3, report.drillDown().stream().mapToLong(UnitFigures::stationsBelowMinimum).sum());
  }

  @Test
  void countyHrSeesSmallerFiguresOfItsCountyOnlyAndNotTheCity() throws Exception {
    LocalDate day = fixtures().demoDay();
    long city = AsUser.call(em, "hr-city", () -> statistics.figures(day, null).officers());
    AsUser.run(
        em,
        "hr-county",
        () -> {
          String scope = currentUser.require().unitPath();
          WorkforceReport report = statistics.report(day, null);

          assertEquals(COUNTY, report.unit().nameZh());
          assertEquals(null, report.parentInScope());
          long county = report.figures().officers();
          assertTrue(county > 0 && county < city, county + " of " + city);
          assertTrue(report.stations().stations().stream().allMatch(s -> within(s, scope)));
          assertTrue(report.drillDown().stream().allMatch(row -> within(row, scope)));
          assertEquals(
              county, report.drillDown().stream().mapToLong(r -> r.figures().officers()).sum());
          assertTrue(
              units.search("", 0, 200).stream()
                  .allMatch(u -> em.find(OrgUnit.class, u.id()).getPath().startsWith(scope)));

          long cityId = fixtures().city().getId();
          assertThrows(AccessDeniedException.class, () -> statistics.report(day, cityId));
          assertThrows(AccessDeniedException.class, () -> units.find(cityId));
        });
    WorkforceReport demoCounty =
        onTheDemoForceAlone("hr-county", () -> statistics.report(day, null));
    assertEquals(Set.of("北环派出所"), names(demoCounty.stations().belowMinimum()));
  }

  @Test
  void aLeaderSeesItsStationAndAnOfficerSeesNothing() throws Exception {
    LocalDate day = fixtures().demoDay();
    AsUser.run(
        em,
        "leader",
        () -> {
          WorkforceReport report = statistics.report(day, null);
          assertTrue(report.unit().kind().isPoliceStation(), report.unit().toString());
          assertEquals(1, report.stations().stations().size());
        });
    AsUser.run(
        em,
        "officer",
        () -> {
          assertThrows(AccessDeniedException.class, () -> statistics.report(day, null));
          assertThrows(AccessDeniedException.class, () -> statistics.figures(day, null));
          assertThrows(AccessDeniedException.class, () -> statistics.drillDown(day, null));
          assertThrows(AccessDeniedException.class, () -> statistics.recordExport(day, null));
        });
  }

  @Test
  void anExportIsAudited() throws Exception {
    long cityId = fixtures().city().getId();
    int before = AsUser.auditOf(em, audit, "Workforce", cityId).size();

    AsUser.run(em, "hr-city", () -> statistics.recordExport(fixtures().demoDay(), null));

    var entries = AsUser.auditOf(em, audit, "Workforce", cityId);
    assertEquals(before + 1, entries.size());
    assertEquals("EXPORT", entries.get(0).getAction());
    assertEquals(AsUser.policeNumber(em, "hr-city"), entries.get(0).getActorPoliceNumber());
  }

  /**
   * Runs the work as the demo log-in with the officers other tests added to the shared database set
   * aside, in a transaction that is rolled back: the demo force's own figures, whatever ran before.
   * Officers take ids from one sequence, so the demo force holds the lowest ids.
   */
  /**
   * The benchmark's floor of the dashboard (its one grouped scan alone) sums to the report's
   * figures: over the whole force (no join to the units) and within a county.
   */
  @Test
  void theFloorsSumsAreTheReportsFigures() throws Exception {
    LocalDate day = fixtures().demoDay();
    for (String login : List.of("hr-city", "hr-county")) {
      AsUser.run(
          em,
          login,
          () -> {
            Figures figures = statistics.figures(day, null);
            List<Long> floor = statistics.floor(day, null);
            assertEquals(figures.officers(), floor.get(0), login);
            assertEquals(figures.upTo30().count(), floor.get(3), login);
            assertEquals(figures.from31To40().count(), floor.get(4), login);
            assertEquals(figures.from41To50().count(), floor.get(5), login);
            assertEquals(figures.from51().count(), floor.get(6), login);
            assertEquals(figures.highSchoolOrBelow().count(), floor.get(7), login);
            assertEquals(figures.frontLine().count(), floor.get(8), login);
            assertEquals(figures.recentRecruits(), floor.get(9), login);
            assertTrue(floor.get(0) > 0, login);
          });
    }
  }

  private WorkforceReport onTheDemoForceAlone(String label, Callable<WorkforceReport> work)
      throws Exception {
    DemoForce force =
        new DemoForce(
            fixtures().demoDay(),
            Integer.getInteger(DemoDataLoader.SIZE, DemoDataLoader.DEMO_FORCE_SIZE));
    int demoPeople =
        force.policeOfficers()
            + force.civilianStaff()
            + force.auxiliaryStaff()
            + force.formerOfficers();
    transaction.begin();
    try {
      long lastDemoId =
          em.createQuery("SELECT o.id FROM Officer o ORDER BY o.id", Long.class)
              .setFirstResult(demoPeople - 1)
              .setMaxResults(1)
              .getSingleResult();
      em.createNativeQuery("UPDATE officer SET status = 'TRANSFERRED_OUT' WHERE id > ?1")
          .setParameter(1, lastDemoId)
          .executeUpdate();
      return AsUser.call(em, label, work);
    } finally {
      transaction.rollback();
    }
  }

  private boolean within(StationRow station, String scope) {
    return em.find(OrgUnit.class, station.station().id()).getPath().startsWith(scope);
  }

  private boolean within(UnitFigures row, String scope) {
    return em.find(OrgUnit.class, row.unit().id()).getPath().startsWith(scope);
  }

  private static Set<String> names(List<StationRow> stations) {
    return stations.stream().map(s -> s.station().nameZh()).collect(Collectors.toSet());
  }

  private DemoFixtures fixtures() {
    return new DemoFixtures(em);
  }
}
