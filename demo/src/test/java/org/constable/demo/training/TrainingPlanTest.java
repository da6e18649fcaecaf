package org.constable.demo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.constable.demo.training.OfficerPlan.AttendanceDay;
import org.constable.demo.training.OfficerPlan.Placement;
import org.constable.demo.training.OfficerPlan.RetrainingCase;
import org.constable.training.QuotaRule;
import org.constable.training.RetrainingStatus;
import org.constable.training.Separation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan keeps the rules the training records live by, whatever the day: attendance only on a
 * session's days and before today, never more than a session credits, one session at a time, the
 * ledger equal to the attendance, classes within capacity, 训考分离, scores and retraining only where
 * results are entered and published.
 */
class TrainingPlanTest {

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2026-12-02", "2026-01-05", "2026-06-30", "2027-10-14", "2028-02-29"})
  void attendsOnlyTheDaysOfItsSessionsUpToYesterday(LocalDate today) {
    SmallForcePlan force = SmallForcePlan.asOf(today);

    for (OfficerPlan plan : force.plans) {
      for (Placement placement : plan.placements()) {
        PlannedSession session = placement.session();
        int credited = 0;
        for (AttendanceDay day : placement.days()) {
          assertTrue(session.days().contains(day.day()), day + " outside " + session.key());
          assertTrue(day.day().isBefore(today), day + " is not before " + today);
          assertTrue(day.halfDays() == 1 || day.halfDays() == 2, day.toString());
          credited += day.halfDays();
        }
        assertTrue(credited <= session.halfDays(), "over credit in " + session.key());
        assertTrue(
            session.halfDays()
                <= 2 * (session.end().toEpochDay() - session.start().toEpochDay() + 1));
      }
    }
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2026-12-02", "2026-01-05", "2026-06-30", "2027-10-14", "2028-02-29"})
  void creditsTheLedgerWithExactlyTheAttendance(LocalDate today) {
    SmallForcePlan force = SmallForcePlan.asOf(today);

    for (OfficerPlan plan : force.plans) {
      Map<Integer, Integer> attended = new TreeMap<>();
      plan.placements().stream()
          .flatMap(p -> p.days().stream())
          .forEach(day -> attended.merge(day.day().getYear(), day.halfDays(), Integer::sum));
      assertEquals(attended, plan.creditedByYear(), "officer " + plan.officerId());
    }
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2026-12-02", "2026-01-05", "2026-06-30", "2027-10-14", "2028-02-29"})
  void enrolsEachTraineeInOneSessionAtATimeAndNoClassBeyondItsCapacity(LocalDate today) {
    SmallForcePlan force = SmallForcePlan.asOf(today);
    Map<Long, Integer> trainees = new HashMap<>();

    for (OfficerPlan plan : force.plans) {
      List<PlannedSession> sessions = plan.placements().stream().map(Placement::session).toList();
      for (int i = 0; i < sessions.size(); i++) {
        PlannedSession one = sessions.get(i);
        assertFalse(one.staff().includes(plan.officerId()), "staff sits " + one.key());
        trainees.merge(one.id(), 1, Integer::sum);
        for (PlannedSession other : sessions.subList(i + 1, sessions.size())) {
          assertFalse(
              one.key().overlaps(other.start(), other.end()),
              plan.officerId() + " in " + one.key() + " and " + other.key());
        }
      }
    }
    for (PlannedSession session : force.sessions) {
      int enrolled = trainees.getOrDefault(session.id(), 0);
      assertEquals(session.enrolled(), enrolled, session.key().toString());
      assertTrue(enrolled >= 1 && enrolled <= session.capacity(), session.key() + ": " + enrolled);
    }
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2026-12-02", "2026-01-05", "2026-06-30", "2027-10-14", "2028-02-29"})
  void staffsEverySessionWithAppointedInstructorsAndSeparateExaminers(LocalDate today) {
    SmallForcePlan force = SmallForcePlan.asOf(today);

    for (PlannedSession session : force.sessions) {
      var staff = session.staff();
      assertFalse(staff.instructors().isEmpty(), session.key().toString());
      assertEquals(session.course().hasExam(), !staff.examiners().isEmpty());
      assertTrue(staff.examiners().stream().allMatch(StaffMember::internal));
      assertTrue(
          Separation.allowed(
              true,
              staff.instructors().stream().map(StaffMember::instructorId).toList(),
              staff.examiners().stream().map(StaffMember::instructorId).toList()),
          session.key().toString());
      assertTrue(
          staff.instructors().stream().allMatch(s -> s.appointedOn(session.start()))
              && staff.examiners().stream().allMatch(s -> s.appointedOn(session.start())),
          session.key().toString());
    }
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2026-12-02", "2026-01-05", "2026-06-30", "2027-10-14", "2028-02-29"})
  void scoresEndedExamsAndRetrainsWhoFailedPublishedOnes(LocalDate today) {
    SmallForcePlan force = SmallForcePlan.asOf(today);

    for (OfficerPlan plan : force.plans) {
      for (Placement placement : plan.placements()) {
        PlannedSession session = placement.session();
        if (placement.score() != null) {
          BigDecimal score = placement.score().value();
          assertTrue(session.course().hasExam() && session.end().isBefore(today));
          assertNotNull(session.resultsEnteredAt());
          assertTrue(
              score.scale() <= 1
                  && score.signum() >= 0
                  && score.compareTo(BigDecimal.valueOf(100)) <= 0);
          assertEquals(score.compareTo(DemoCourse.PASS_MARK) >= 0, placement.score().passed());
        }
        if (session.resultsPublishedAt() != null) {
          assertTrue(session.resultsPublishedAt().toLocalDate().isAfter(session.end()));
        }
      }
      for (RetrainingCase retraining : plan.retrainings()) {
        var published = retraining.failedSession().resultsPublishedAt();
        assertNotNull(published);
        assertEquals(published.toLocalDate(), retraining.openedOn());
        assertEquals(retraining.status() == RetrainingStatus.DUE, retraining.closedOn() == null);
        assertFalse(retraining.failedSession().key().retraining());
      }
      boolean failedRetraining =
          plan.retrainings().stream().anyMatch(r -> r.status() == RetrainingStatus.FAILED);
      assertEquals(failedRetraining, plan.offPost() != null, "officer " + plan.officerId());
    }
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2026-12-02", "2026-01-05", "2026-06-30", "2027-10-14", "2028-02-29"})
  void bringsNineInTenPoliceOfficersToTheQuotaInEachPastYear(LocalDate today) {
    SmallForcePlan force = SmallForcePlan.asOf(today);
    QuotaRule quota = new QuotaRule(15);

    for (int year = today.getYear() - 2; year < today.getYear(); year++) {
      int police = 0;
      int reached = 0;
      for (OfficerPlan plan : force.plans) {
        Trainee trainee = force.trainee(plan.officerId());
        if (trainee.isPolice() && trainee.joined().getYear() < year) {
          police++;
          int credited = plan.creditedByYear().getOrDefault(year, 0);
          reached += credited >= quota.owedHalfDays(year, trainee.joined(), null) ? 1 : 0;
        }
      }
      double share = (double) reached / police;
      assertTrue(share > 0.85 && share < 0.96, year + ": " + share);
    }
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2026-12-02", "2026-01-05", "2026-06-30", "2027-10-14", "2028-02-29"})
  void givesTheBrowserDemoItsSessionsAroundToday(LocalDate today) {
    SmallForcePlan force = SmallForcePlan.asOf(today);
    StaffMember trainer = force.staff.get(0);
    List<PlannedSession> mine = force.pinned.get(SmallForcePlan.DEMO_OFFICER);
    PlannedSession running = mine.get(0);
    PlannedSession ended = mine.get(1);
    PlannedSession upcoming = mine.get(2);

    assertTrue(running.key().overlaps(today, today) && running.course().hasExam());
    assertTrue(running.staff().instructors().contains(trainer));
    assertFalse(running.staff().examiners().contains(trainer));
    assertEquals(BrowserDemoSessions.TRAINEES, running.enrolled());
    assertTrue(ended.end().isBefore(today) && !ended.end().isBefore(today.minusDays(7)));
    assertTrue(ended.staff().examiners().contains(trainer));
    assertFalse(ended.staff().instructors().contains(trainer));
    assertNull(ended.resultsPublishedAt());
    assertTrue(upcoming.start().isAfter(running.end()));
    OfficerPlan plan = force.plan(SmallForcePlan.DEMO_OFFICER);
    for (Placement placement : plan.placements()) {
      if (placement.session() == running) {
        assertFalse(placement.days().isEmpty());
      }
      if (placement.session() == ended) {
        assertEquals(ended.days().size(), placement.days().size());
        assertNull(placement.score());
      }
      if (placement.session() == upcoming) {
        assertTrue(placement.days().isEmpty());
      }
    }
    Placement lastYearsExam =
        plan.placements().stream()
            .filter(p -> p.session().course() == DemoCourse.ANNUAL_EXAM)
            .filter(p -> p.session().start().getYear() == today.getYear() - 1)
            .findFirst()
            .orElseThrow();
    assertTrue(lastYearsExam.score().passed());
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2026-12-02", "2025-12-31"})
  void makesTheSamePlanEveryTime(LocalDate today) {
    assertEquals(fingerprint(new SmallForcePlan(today)), fingerprint(new SmallForcePlan(today)));
  }

  private static String fingerprint(SmallForcePlan force) {
    StringBuilder text = new StringBuilder();
    for (OfficerPlan plan : force.plans) {
      text.append(plan.officerId()).append(plan.creditedByYear()).append(plan.offPost());
      for (Placement p : plan.placements()) {
        text.append(p.session().id()).append(p.enrolledAt()).append(p.days()).append(p.score());
      }
      for (RetrainingCase r : plan.retrainings()) {
        text.append(r.course())
            .append(r.failedSession().id())
            .append(r.status())
            .append(r.closedOn());
      }
    }
    for (PlannedSession s : force.sessions) {
      text.append(s.id()).append(s.key()).append(s.enrolled()).append(s.staff());
    }
    return Integer.toHexString(text.toString().hashCode()) + "/" + text.length();
  }
}
