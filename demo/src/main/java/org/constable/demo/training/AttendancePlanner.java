package org.constable.demo.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.constable.demo.training.Bookings.Booking;
import org.constable.demo.training.OfficerPlan.AttendanceDay;
import org.constable.demo.training.OfficerPlan.OffPost;
import org.constable.demo.training.OfficerPlan.Placement;
import org.constable.demo.training.OfficerPlan.RetrainingCase;
import org.constable.training.RetrainingStatus;

/**
 * What happened in a trainee's sessions, in date order, up to yesterday: mostly whole days, some
 * half days, a few absences (never so many that a trainee planned to meet the quota misses it);
 * scores where an exam's results are entered; and the retraining chain where they are published — a
 * failure opens a retraining, booked in a later round; its result closes it, and failing it sends
 * the officer to off-post training.
 */
final class AttendancePlanner {

  private static final int ABSENT_PERCENT = 3;
  private static final int HALF_DAY_PERCENT = 7;
  private static final int CHECKED_IN_TENTHS = 4;
  private static final double EXAM_FAILURE = 0.045;
  private static final double ANNUAL_EXAM_FAILURE = 0.03;

  /** Of an organiser's retraining results (of officers on duty), this one in every fifty fails. */
  private static final int RETRAINING_FAILS_EVERY = 50;

  private static final int DAYS_BEFORE_RETRAINING = 14;

  private final TrainingCalendar calendar;
  private final SessionRegistry registry;
  private final Map<Integer, Integer> retrainingScores = new HashMap<>();

  AttendancePlanner(TrainingCalendar calendar, SessionRegistry registry) {
    this.calendar = calendar;
    this.registry = registry;
  }

  OfficerPlan plan(Trainee trainee, Bookings bookings, SplittableRandom random) {
    PriorityQueue<Booking> queue =
        new PriorityQueue<>(
            Comparator.comparing((Booking b) -> b.session().start())
                .thenComparingLong(b -> b.session().id()));
    queue.addAll(bookings.list());
    List<Placement> placements = new ArrayList<>();
    TreeMap<Integer, Integer> credited = new TreeMap<>();
    Chain chain = new Chain(trainee.id());
    while (!queue.isEmpty()) {
      Booking booking = queue.poll();
      PlannedSession session = booking.session();
      List<AttendanceDay> days = attend(booking, bookings, random);
      OfficerPlan.Score score = score(trainee, session, days, random);
      placements.add(new Placement(session, enrolledAt(session), days, score));
      days.forEach(day -> credited.merge(day.day().getYear(), day.halfDays(), Integer::sum));
      if (score != null && session.resultsPublishedAt() != null && chain.opens(session, score)) {
        LocalDate published = session.resultsPublishedAt().toLocalDate();
        Booking retraining = bookRetraining(trainee, session, published, bookings);
        if (retraining != null) {
          queue.add(retraining);
        }
      }
    }
    return new OfficerPlan(trainee.id(), placements, credited, chain.cases(), chain.offPost);
  }

  /** 不合格复训 and 复训不合格离岗培训 of one officer, as published results apply them. */
  private static final class Chain {

    private final long officerId;
    private final Map<DemoCourse, RetrainingCase> open = new EnumMap<>(DemoCourse.class);
    private final List<RetrainingCase> closed = new ArrayList<>();
    private OffPost offPost;

    Chain(long officerId) {
      this.officerId = officerId;
    }

    /** Applies a published result; true if it opens a retraining, which is then to be booked. */
    boolean opens(PlannedSession session, OfficerPlan.Score score) {
      LocalDate published = session.resultsPublishedAt().toLocalDate();
      RetrainingCase due = open.get(session.course());
      boolean retraining = session.key().retraining();
      if (due == null && !score.passed() && !retraining) {
        open.put(
            session.course(),
            new RetrainingCase(session.course(), session, published, RetrainingStatus.DUE, null));
        return true;
      }
      if (due != null && (score.passed() || retraining)) {
        RetrainingStatus outcome =
            score.passed() ? RetrainingStatus.PASSED : RetrainingStatus.FAILED;
        closed.add(
            new RetrainingCase(
                due.course(), due.failedSession(), due.openedOn(), outcome, published));
        open.remove(session.course());
        if (outcome == RetrainingStatus.FAILED && offPost == null) {
          offPost =
              new OffPost(officerId, published, session.resultsPublishedAt(), session.course());
        }
      }
      return false;
    }

    List<RetrainingCase> cases() {
      List<RetrainingCase> cases = new ArrayList<>(closed);
      cases.addAll(open.values());
      return cases;
    }
  }

  private List<AttendanceDay> attend(Booking booking, Bookings bookings, SplittableRandom random) {
    PlannedSession session = booking.session();
    boolean exam = session.course() == DemoCourse.ANNUAL_EXAM && !session.key().retraining();
    List<AttendanceDay> days = new ArrayList<>();
    for (LocalDate day : session.days()) {
      if (!day.isBefore(calendar.today())) {
        break;
      }
      int roll = random.nextInt(100);
      int loss =
          exam ? 0 : roll < ABSENT_PERCENT ? 2 : roll < ABSENT_PERCENT + HALF_DAY_PERCENT ? 1 : 0;
      if (booking.pinned()) {
        loss = Math.min(loss, 1);
      }
      boolean extra = session.key().retraining();
      if (loss > 0 && !extra && !bookings.takeLoss(session.start().getYear(), loss)) {
        loss = 0;
      }
      boolean checkedIn =
          day.getYear() == calendar.currentYear() && random.nextInt(10) < CHECKED_IN_TENTHS;
      if (loss < 2) {
        days.add(new AttendanceDay(day, 2 - loss, checkedIn));
      }
    }
    return days;
  }

  /**
   * A score where the exam's results are entered and the trainee attended. Failing a retraining is
   * rare and would be left to chance in too few draws, so it is counted out per organiser instead:
   * every county of some size then has an officer in off-post training.
   */
  private OfficerPlan.Score score(
      Trainee trainee, PlannedSession session, List<AttendanceDay> days, SplittableRandom random) {
    if (session.resultsEnteredAt() == null || days.isEmpty()) {
      return null;
    }
    boolean failed;
    if (session.key().retraining()) {
      failed =
          trainee.mayGoOffPost()
              && retrainingScores.merge(session.key().organiser().index(), 1, Integer::sum)
                      % RETRAINING_FAILS_EVERY
                  == RETRAINING_FAILS_EVERY / 2;
    } else {
      double failure =
          session.course() == DemoCourse.ANNUAL_EXAM ? ANNUAL_EXAM_FAILURE : EXAM_FAILURE;
      failed = !trainee.isProtected() && random.nextDouble() < failure;
    }
    return Scores.draw(failed, random);
  }

  private Booking bookRetraining(
      Trainee trainee, PlannedSession failed, LocalDate published, Bookings bookings) {
    LocalDate from = published.plusDays(DAYS_BEFORE_RETRAINING);
    for (LocalDate monday : calendar.retrainingWeeks(failed.course(), from)) {
      SessionKey key = calendar.retrainingKey(failed.course(), failed.key().organiser(), monday);
      PlannedSession session = bookings.isFree(key) ? registry.join(key, trainee.id(), 0) : null;
      if (session != null) {
        return bookings.add(session, false);
      }
    }
    return null;
  }

  /** A week or two before the start (a few days for a retraining), never after now. */
  private LocalDateTime enrolledAt(PlannedSession session) {
    int daysBefore = session.key().retraining() ? 5 : 7 + (int) Math.floorMod(session.id(), 8);
    LocalDateTime at = session.start().minusDays(daysBefore).atTime(LocalTime.of(9, 30));
    return at.isAfter(calendar.now()) ? calendar.now() : at;
  }
}
