package org.constable.demo.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sessions the browser demo and its tests need around today, in the county of the demo log-ins:
 * one running today (the trainer teaches it; the roll is taken up to yesterday, so that a phone
 * check-in can be tried), one that ended last week (the trainer examines it; no scores yet), and
 * one to come for the demo officer, who is a trainee of all three.
 */
final class BrowserDemoSessions {

  /** The staff the three sessions need, all appointed on their days. */
  record Staff(
      StaffMember trainer,
      StaffMember countyInstructor,
      StaffMember lawInstructor,
      StaffMember academyTeacher,
      StaffMember otherAcademyTeacher) {}

  static final int TRAINEES = 20;
  static final int UPCOMING_TRAINEES = 25;

  private BrowserDemoSessions() {}

  /**
   * @param others {@link #othersNeeded()} officers of the county besides the demo officer
   * @return the sessions of each of their trainees
   */
  static Map<Long, List<PlannedSession>> make(
      TrainingCalendar calendar,
      SessionRegistry registry,
      Org county,
      Org city,
      Staff staff,
      long demoOfficer,
      List<Long> others) {
    LocalDate today = calendar.today();
    PlannedSession running =
        new PlannedSession(
            registry.nextId(),
            new SessionKey(
                DemoCourse.PUBLIC_ORDER, county, today.minusDays(2), today.plusDays(2), false),
            county.nameZh() + "训练馆",
            30,
            true,
            new PlannedSession.Staff(
                List.of(staff.trainer(), staff.academyTeacher()),
                List.of(staff.countyInstructor())),
            null,
            null);
    PlannedSession ended =
        new PlannedSession(
            registry.nextId(),
            new SessionKey(
                DemoCourse.ENFORCEMENT, city, today.minusDays(8), today.minusDays(4), false),
            "巴彦淖尔市公安局教育训练中心",
            30,
            false,
            new PlannedSession.Staff(
                List.of(staff.lawInstructor(), staff.otherAcademyTeacher()),
                List.of(staff.trainer())),
            null,
            null);
    LocalDate monday = upcomingMonday(calendar);
    PlannedSession upcoming =
        new PlannedSession(
            registry.nextId(),
            new SessionKey(DemoCourse.POLICING_SKILLS, county, monday, monday.plusDays(2), false),
            county.nameZh() + "综合训练场",
            40,
            false,
            new PlannedSession.Staff(List.of(staff.countyInstructor()), List.of()),
            null,
            null);
    Map<Long, List<PlannedSession>> byTrainee = new HashMap<>();
    int n = TRAINEES - 1;
    List<Long> runningTrainees = others.subList(0, n);
    List<Long> endedTrainees = others.subList(n, 2 * n);
    List<Long> upcomingTrainees = new ArrayList<>(runningTrainees);
    upcomingTrainees.addAll(others.subList(2 * n, 2 * n + UPCOMING_TRAINEES - TRAINEES));
    enrol(running, demoOfficer, runningTrainees, registry, byTrainee);
    enrol(ended, demoOfficer, endedTrainees, registry, byTrainee);
    enrol(upcoming, demoOfficer, upcomingTrainees, registry, byTrainee);
    return byTrainee;
  }

  static int othersNeeded() {
    return 2 * (TRAINEES - 1) + UPCOMING_TRAINEES - TRAINEES;
  }

  /** Later this year if a three-day session still fits, else in the first week of the next. */
  private static LocalDate upcomingMonday(TrainingCalendar calendar) {
    LocalDate today = calendar.today();
    LocalDate monday = today.plusDays(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    if (monday.plusDays(2).getYear() == today.getYear()) {
      return monday;
    }
    return calendar.trainingWeeks(today.getYear() + 1).get(0);
  }

  private static void enrol(
      PlannedSession session,
      long demoOfficer,
      List<Long> others,
      SessionRegistry registry,
      Map<Long, List<PlannedSession>> byTrainee) {
    registry.add(session);
    session.enrol(1 + others.size());
    byTrainee.computeIfAbsent(demoOfficer, id -> new ArrayList<>()).add(session);
    others.forEach(id -> byTrainee.computeIfAbsent(id, k -> new ArrayList<>()).add(session));
  }
}
