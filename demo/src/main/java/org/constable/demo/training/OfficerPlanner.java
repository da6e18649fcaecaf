package org.constable.demo.training;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.constable.training.QuotaRule;

/**
 * The plan of one trainee at a time, from its own random stream (so that a trainee's plan does not
 * depend on who came before it, except for which parallel class it lands in).
 */
final class OfficerPlanner {

  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private final EnrolmentPlanner enrolments;
  private final AttendancePlanner attendance;
  private final Map<Long, List<PlannedSession>> pinned;
  private final long seed;

  /**
   * @param pinned the browser demo's sessions of each of their trainees
   */
  OfficerPlanner(
      Timetable timetable,
      SessionRegistry registry,
      Org city,
      QuotaRule quota,
      Map<Long, List<PlannedSession>> pinned,
      long seed) {
    this.enrolments = new EnrolmentPlanner(timetable, registry, city, quota);
    this.attendance = new AttendancePlanner(timetable.calendar(), registry);
    this.pinned = Map.copyOf(pinned);
    this.seed = seed;
  }

  OfficerPlan plan(Trainee trainee) {
    SplittableRandom random = new SplittableRandom(seed + trainee.id() * GOLDEN_GAMMA);
    Bookings bookings =
        enrolments.book(trainee, pinned.getOrDefault(trainee.id(), List.of()), random);
    return attendance.plan(trainee, bookings, random);
  }
}
