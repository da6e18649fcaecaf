package org.constable.it.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.constable.platform.ConcurrentEditException;
import org.constable.training.BudgetRow;
import org.constable.training.CourseCatalogue;
import org.constable.training.EnrolSelection;
import org.constable.training.Enrolments;
import org.constable.training.InstructorRegistry;
import org.constable.training.SessionInput;
import org.constable.training.SessionPlanner;
import org.constable.training.TrainingBudgets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The training budget against its 5% floor, scoped and audited; and HR's enrolment of a unit by who
 * is due: for rotation, short of quota, of a police line.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingBudgetIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(TrainingBudgetIT.class, TrainingFixture.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject TrainingBudgets budgets;
  @Inject AuditTrail audit;
  @Inject OrgUnitAdministration units;
  @Inject OfficerRegister register;
  @Inject CourseCatalogue courses;
  @Inject InstructorRegistry instructors;
  @Inject SessionPlanner planner;
  @Inject Enrolments enrolments;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void exactlyFivePercentMeetsTheFloorAndAFenLessDoesNot() throws Exception {
    int year = today.getYear() + 1;
    AsUser.run(
        em,
        "hr-county",
        () -> {
          String unit = new TrainingFixture(em, units).unitCode;
          budgets.save(unit, year, new BigDecimal("1000000.00"), new BigDecimal("49999.99"), null);
          BudgetRow row = row(unit, year);
          assertFalse(row.meetsFloor());
          // a second first entry for the same unit and year is told to edit instead
          assertEquals(
              "training.budget.exists",
              assertThrows(
                      BusinessException.class,
                      () -> budgets.save(unit, year, BigDecimal.ONE, BigDecimal.ONE, null))
                  .getMessageKey());
          assertEquals(new BigDecimal("50000.00"), row.floorAmount());
          budgets.save(unit, year, row.operatingBudget(), new BigDecimal("50000"), row.version());
          BudgetRow corrected = row(unit, year);
          assertTrue(corrected.meetsFloor());
          assertEquals(new BigDecimal("5.00"), corrected.sharePercent());
          // a second editor who loaded the first version loses, and is told
          assertThrows(
              ConcurrentEditException.class,
              () ->
                  budgets.save(
                      unit, year, new BigDecimal("1"), new BigDecimal("1"), row.version()));
          assertEquals(
              2,
              audit.historyOf("TrainingBudget", budgetId(unit, year)).size(),
              "a creation and a correction");
          for (String[] bad :
              new String[][] {{"-1", "0"}, {"100.001", "0"}, {"100", "-0.01"}, {"1e12", "0"}}) {
            var refused =
                assertThrows(
                    BusinessException.class,
                    () ->
                        budgets.save(
                            unit,
                            year,
                            new BigDecimal(bad[0]),
                            new BigDecimal(bad[1]),
                            corrected.version()));
            assertTrue(refused.getMessageKey().startsWith("training.budget."), bad[0]);
          }
          assertTrue(row(unit, year).meetsFloor(), "nothing half-saved");
        });
  }

  @Test
  void aCountyNeitherSeesNorWritesAnotherCountysBudget() throws Exception {
    int year = today.getYear() - 3;
    String other = new DemoFixtures(em).otherCounty().getCode();
    AsUser.run(
        em,
        "hr-city",
        () -> budgets.save(other, year, new BigDecimal("800000"), new BigDecimal("20000"), null));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertTrue(budgets.report(year).stream().noneMatch(r -> r.unitCode().equals(other)));
          var refused =
              assertThrows(
                  BusinessException.class,
                  () -> budgets.save(other, year, BigDecimal.TEN, BigDecimal.ONE, null));
          assertEquals("training.budget.unitRequired", refused.getMessageKey());
        });
    AsUser.run(
        em, "officer", () -> assertThrows(AccessDeniedException.class, () -> budgets.report(year)));
    AsUser.run(
        em,
        "hr-city",
        () -> assertTrue(budgets.report(year).stream().anyMatch(r -> r.unitCode().equals(other))));
  }

  @Test
  void hrEnrolsThoseDueForRotationTheLongestWaitingFirst() throws Exception {
    long trainer =
        AsUser.call(
            em,
            "hr-city",
            () -> new TrainingFixture(em, units).instructorOf(instructors, "trainer"));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var fixture = new TrainingFixture(em, units);
          long overdue = fixture.officers(register, 1, "2015-07-01").get(0);
          long dueThisYear =
              fixture
                  .officers(register, 1, LocalDate.of(today.getYear() - 3, 12, 31).toString())
                  .get(0);
          long notDue = fixture.officers(register, 1, today.minusYears(1).toString()).get(0);
          long course = TrainingFixture.course(courses, "ROTATION", false);
          long session =
              planner.create(
                  new SessionInput(
                      course,
                      fixture.unitCode,
                      today.plusDays(10),
                      today.plusDays(14),
                      "轮训基地",
                      10,
                      10,
                      false,
                      List.of(trainer),
                      List.of()));
          var none =
              assertThrows(
                  BusinessException.class,
                  () ->
                      enrolments.enrolUnit(
                          session,
                          fixture.unitCode,
                          "NO_SUCH_LINE",
                          EnrolSelection.DUE_FOR_ROTATION));
          assertEquals("training.enrol.nobody", none.getMessageKey());
          var outcome =
              enrolments.enrolUnit(
                  session, fixture.unitCode, null, EnrolSelection.DUE_FOR_ROTATION);
          assertEquals(2, outcome.enrolled());
          assertEquals(
              List.of(overdue, dueThisYear).stream().sorted().toList(),
              enrolments.trainees(session).stream().map(t -> t.officerId()).sorted().toList());
          assertFalse(enrolments.trainees(session).stream().anyMatch(t -> t.officerId() == notDue));
        });
  }

  private BudgetRow row(String unitCode, int year) {
    return budgets.report(year).stream()
        .filter(r -> r.unitCode().equals(unitCode))
        .findFirst()
        .orElseThrow();
  }

  private long budgetId(String unitCode, int year) {
    return em.createQuery(
            "SELECT b.id FROM TrainingBudget b WHERE b.unit.code = :u AND b.year = :y", Long.class)
        .setParameter("u", unitCode)
        .setParameter("y", year)
        .getSingleResult();
  }
}
