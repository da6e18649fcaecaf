package org.constable.it.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.constable.policy.PolicyService;
import org.constable.training.AttendanceBook;
import org.constable.training.CourseCatalogue;
import org.constable.training.Enrolments;
import org.constable.training.InstructorEvaluations;
import org.constable.training.InstructorRegistry;
import org.constable.training.RatingInput;
import org.constable.training.SessionInput;
import org.constable.training.SessionPlanner;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 评教 in the real server: who may rate, once, every instructor, and what HR sees of it. */
@ExtendWith(ArquillianExtension.class)
class InstructorEvaluationIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(InstructorEvaluationIT.class, TrainingFixture.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OrgUnitAdministration units;
  @Inject CourseCatalogue courses;
  @Inject InstructorRegistry instructors;
  @Inject SessionPlanner planner;
  @Inject Enrolments enrolments;
  @Inject AttendanceBook attendance;
  @Inject InstructorEvaluations evaluations;
  @Inject PolicyService policy;
  @Inject jakarta.transaction.UserTransaction transaction;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void theTraineeRatesEveryInstructorOnceAndHrSeesAveragesOnlyFromTheMinimum() throws Exception {
    long[] teachers =
        AsUser.call(
            em,
            "hr-city",
            () ->
                new long[] {
                  TrainingFixture.external(instructors), TrainingFixture.external(instructors)
                });
    long session = endedSessionAttendedByTheDemoOfficer(teachers, today.minusDays(1));
    AsUser.run(
        em,
        "officer",
        () -> {
          assertTrue(evaluations.due().stream().anyMatch(f -> f.sessionId() == session));
          assertEquals(2, evaluations.form(session).instructors().size());
          assertRefused(
              "training.evaluation.rateEveryone",
              () -> evaluations.give(session, List.of(rating(teachers[0], 5))));
          assertRefused(
              "training.evaluation.marks",
              () ->
                  evaluations.give(
                      session,
                      List.of(
                          new RatingInput(teachers[0], 0, 4, 4, null), rating(teachers[1], 4))));
          evaluations.give(
              session,
              List.of(new RatingInput(teachers[0], 4, 5, 5, "案例丰富，联系实战"), rating(teachers[1], 3)));
          assertFalse(evaluations.due().stream().anyMatch(f -> f.sessionId() == session));
          assertRefused(
              "training.evaluation.alreadyGiven",
              () ->
                  evaluations.give(
                      session, List.of(rating(teachers[0], 1), rating(teachers[1], 1))));
        });
    // the ratings name no trainee: the table has no column for one
    assertEquals(
        0L,
        ((Number)
                em.createNativeQuery(
                        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE"
                            + " UPPER(TABLE_NAME) = 'TRAINING_EVALUATION'"
                            + " AND UPPER(COLUMN_NAME) LIKE '%OFFICER%'")
                    .getSingleResult())
            .longValue());
    // nothing counts while the session can still be rated: a moving average would tell the rater
    AsUser.run(
        em, "hr-city", () -> assertNull(evaluations.averages(today.getYear()).get(teachers[0])));
    LocalDate ended = today.minusDays(InstructorEvaluations.WINDOW_DAYS + 10);
    moveSession(session, ended.minusDays(1), ended);
    int year = ended.getYear();
    AsUser.run(
        em,
        "hr-city",
        () -> {
          var one = evaluations.averages(year).get(teachers[0]);
          assertEquals(1, one.ratings());
          assertFalse(one.shown(), "fewer than the minimum of 3");
          assertEquals(List.of(), evaluations.remarks(teachers[0], year));
        });
    setMinimumRatings(1);
    try {
      AsUser.run(
          em,
          "hr-city",
          () -> {
            var shown = evaluations.averages(year).get(teachers[0]);
            assertEquals(new BigDecimal("5.0"), shown.overall());
            assertEquals(new BigDecimal("4.0"), shown.content());
            assertEquals(
                List.of(new InstructorEvaluations.Remark("案例丰富，联系实战", 1)),
                evaluations.remarks(teachers[0], year));
          });
    } finally {
      setMinimumRatings(3);
    }
  }

  /** The session's dates, as if it had run earlier (only the ratings' release depends on them). */
  private void moveSession(long session, LocalDate start, LocalDate end) throws Exception {
    transaction.begin();
    em.joinTransaction();
    em.createNativeQuery("UPDATE training_session SET start_date = ?1, end_date = ?2 WHERE id = ?3")
        .setParameter(1, start)
        .setParameter(2, end)
        .setParameter(3, session)
        .executeUpdate();
    transaction.commit();
  }

  @Test
  void onlyThoseWhoAttendedAnEndedSessionMayRateIt() throws Exception {
    long[] teachers =
        AsUser.call(em, "hr-city", () -> new long[] {TrainingFixture.external(instructors)});
    long running = endedSessionAttendedByTheDemoOfficer(teachers, today.plusDays(2));
    AsUser.run(
        em,
        "officer",
        () -> {
          assertRefused("training.evaluation.notEnded", () -> evaluations.form(running));
          assertFalse(evaluations.due().stream().anyMatch(f -> f.sessionId() == running));
        });
    AsUser.run(
        em,
        "leader",
        () -> assertRefused("training.evaluation.notAttended", () -> evaluations.form(running)));
  }

  /** A session of the demo officer's county, ending on {@code end}, attended today-ish. */
  private long endedSessionAttendedByTheDemoOfficer(long[] teachers, LocalDate end)
      throws Exception {
    long officer =
        em.createQuery("SELECT o.id FROM Officer o WHERE o.policeNumber = :n", Long.class)
            .setParameter("n", AsUser.policeNumber(em, "officer"))
            .getSingleResult();
    return AsUser.call(
        em,
        "hr-county",
        () -> {
          long course = TrainingFixture.course(courses, "DRILL", false);
          LocalDate start = today.minusDays(3);
          long id =
              planner.create(
                  new SessionInput(
                      course,
                      new DemoFixtures(em).county().getCode(),
                      start,
                      end,
                      "训练场",
                      10,
                      2,
                      false,
                      java.util.Arrays.stream(teachers).boxed().toList(),
                      List.of()));
          enrolments.enrol(id, List.of(officer));
          attendance.confirmRoll(id, today.minusDays(2), Map.of(officer, 2));
          return id;
        });
  }

  private void setMinimumRatings(int least) throws Exception {
    AsUser.run(
        em,
        "admin",
        () -> {
          var p =
              policy.all().stream()
                  .filter(x -> x.getKey().equals("training.evaluation.minimumRatings"))
                  .findFirst()
                  .orElseThrow();
          policy.change(p.getKey(), String.valueOf(least), p.getVersion());
        });
  }

  private static RatingInput rating(long instructor, int stars) {
    return new RatingInput(instructor, stars, stars, stars, null);
  }

  private static void assertRefused(String key, org.junit.jupiter.api.function.Executable work) {
    assertEquals(key, assertThrows(BusinessException.class, work).getMessageKey());
  }
}
