package org.constable.demo.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Staffs a session from the instructors appointed on its first day, taking them in turn week by
 * week so that the load spreads: one internal instructor (two for recruits), an outside teacher for
 * every other city course and rotation, and for an exam internal examiners who do not teach it.
 */
final class StaffPicker {

  private final List<StaffMember> staff;
  private final Map<LocalDate, Integer> sessionsInWeek = new HashMap<>();

  StaffPicker(List<StaffMember> staff) {
    this.staff = List.copyOf(staff);
  }

  /** Staff for a session that the given officer attends. */
  PlannedSession.Staff pick(SessionKey key, long trainee) {
    LocalDate start = key.start();
    Long officer = trainee;
    List<StaffMember> internal =
        staff.stream()
            .filter(s -> s.internal() && s.appointedOn(start) && !officer.equals(s.officerId()))
            .toList();
    List<StaffMember> external =
        staff.stream().filter(s -> !s.internal() && s.appointedOn(start)).toList();
    LocalDate monday = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    long week = ChronoUnit.WEEKS.between(LocalDate.EPOCH, monday);
    int turn = sessionsInWeek.merge(monday, 1, Integer::sum);
    int first = (int) Math.floorMod(week * 5 + turn * 2L, internal.size());
    DemoCourse course = key.course();
    int teaching = course == DemoCourse.RECRUIT ? 2 : 1;
    int examining = !course.hasExam() ? 0 : course == DemoCourse.ANNUAL_EXAM ? 2 : 1;
    List<StaffMember> instructors = new ArrayList<>();
    List<StaffMember> examiners = new ArrayList<>();
    for (int i = 0; i < teaching + examining; i++) {
      StaffMember member = internal.get((first + i) % internal.size());
      (i < teaching ? instructors : examiners).add(member);
    }
    boolean outsideTeacher =
        (course.byCity() || course == DemoCourse.ROTATION) && turn % 2 == 0 && !key.retraining();
    if (outsideTeacher && !external.isEmpty()) {
      instructors.add(external.get((int) Math.floorMod(week + turn, external.size())));
    }
    return new PlannedSession.Staff(List.copyOf(instructors), List.copyOf(examiners));
  }
}
