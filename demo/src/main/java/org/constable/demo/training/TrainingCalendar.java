package org.constable.demo.training;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * When training happens in the demo: the weeks of a year that take sessions (none around New Year,
 * the Spring Festival, May Day, National Day or after mid-December), the annual exam in the week
 * after National Day, recruits' induction from late August, quarterly retraining rounds, and when
 * results are entered and published. The history covers the two years before today's and today's up
 * to today.
 */
final class TrainingCalendar {

  private static final MonthDay SPRING_BREAK_FROM = MonthDay.of(1, 24);
  private static final MonthDay SPRING_BREAK_TO = MonthDay.of(2, 24);
  private static final MonthDay LAST_MONDAY = MonthDay.of(12, 13);
  private static final MonthDay EXAM_WEEK_FROM = MonthDay.of(10, 8);
  private static final MonthDay RECRUITS_FROM = MonthDay.of(8, 25);
  private static final List<MonthDay> RETRAINING_ROUNDS =
      List.of(MonthDay.of(3, 10), MonthDay.of(6, 10), MonthDay.of(9, 10), MonthDay.of(12, 1));

  private final LocalDate today;
  private final LocalDateTime now;
  private final Map<Integer, List<LocalDate>> weeks = new HashMap<>();

  TrainingCalendar(LocalDateTime now) {
    this.now = now;
    this.today = now.toLocalDate();
  }

  LocalDate today() {
    return today;
  }

  LocalDateTime now() {
    return now;
  }

  int firstYear() {
    return today.getYear() - 2;
  }

  int currentYear() {
    return today.getYear();
  }

  /** The Mondays of the weeks that take sessions, in order. */
  List<LocalDate> trainingWeeks(int year) {
    return weeks.computeIfAbsent(year, TrainingCalendar::weeksOf);
  }

  private static List<LocalDate> weeksOf(int year) {
    List<LocalDate> mondays = new ArrayList<>();
    LocalDate monday =
        LocalDate.of(year, 1, 8).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    for (; !MonthDay.from(monday).isAfter(LAST_MONDAY); monday = monday.plusWeeks(1)) {
      MonthDay day = MonthDay.from(monday);
      boolean springBreak = !day.isBefore(SPRING_BREAK_FROM) && !day.isAfter(SPRING_BREAK_TO);
      if (!springBreak && !touches(monday, 5, 1, 5) && !touches(monday, 10, 1, 7)) {
        mondays.add(monday);
      }
    }
    return List.copyOf(mondays);
  }

  /** Whether Monday to Friday of the week meets the days {@code from}..{@code to} of a month. */
  private static boolean touches(LocalDate monday, int month, int from, int to) {
    LocalDate first = LocalDate.of(monday.getYear(), month, from);
    LocalDate last = LocalDate.of(monday.getYear(), month, to);
    return !monday.isAfter(last) && !monday.plusDays(4).isBefore(first);
  }

  /** The Monday of the annual exam's week; no other session is held in it. */
  LocalDate examWeek(int year) {
    return firstWeekFrom(EXAM_WEEK_FROM.atYear(year));
  }

  /** Each organiser holds its exam on its own day of the week. */
  LocalDate examDay(int year, Org org) {
    return examWeek(year).plusDays(org.index() % 5);
  }

  SessionKey examKey(int year, Org org) {
    LocalDate day = examDay(year, org);
    return new SessionKey(DemoCourse.ANNUAL_EXAM, org, day, day, false);
  }

  /** Four weeks from late August, for those who joined since the previous induction began. */
  SessionKey recruitKey(int year, Org city) {
    LocalDate start = recruitStart(year);
    return new SessionKey(DemoCourse.RECRUIT, city, start, start.plusDays(25), false);
  }

  LocalDate recruitStart(int year) {
    return RECRUITS_FROM.atYear(year).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
  }

  /** The training weeks a flexible course may use: all but the exam's. */
  List<LocalDate> openWeeks(int year) {
    LocalDate exam = examWeek(year);
    return trainingWeeks(year).stream().filter(monday -> !monday.equals(exam)).toList();
  }

  /**
   * A session of the course in the week: it starts on a weekday that varies with the course and the
   * organiser and lasts the course's days, within the week.
   */
  SessionKey key(DemoCourse course, Org org, LocalDate monday) {
    int days = course.days();
    int offset = Math.floorMod(monday.getDayOfYear() + org.index() + course.ordinal(), 6 - days);
    LocalDate start = monday.plusDays(offset);
    return new SessionKey(course, org, start, start.plusDays(days - 1L), false);
  }

  /** A retraining (复训) is shorter: a day for the annual exam, two days for a course. */
  SessionKey retrainingKey(DemoCourse course, Org org, LocalDate monday) {
    int days = course == DemoCourse.ANNUAL_EXAM ? 1 : 2;
    LocalDate start = monday.plusDays(1);
    return new SessionKey(course, org, start, start.plusDays(days - 1L), true);
  }

  /**
   * The weeks a retraining may take from {@code from} on, up to the end of the current year: any
   * training week for the annual exam (a resit within weeks), the quarterly rounds for a course.
   */
  List<LocalDate> retrainingWeeks(DemoCourse course, LocalDate from) {
    List<LocalDate> mondays = new ArrayList<>();
    for (int year = from.getYear(); year <= currentYear(); year++) {
      if (course == DemoCourse.ANNUAL_EXAM) {
        mondays.addAll(openWeeks(year));
      } else {
        for (MonthDay round : RETRAINING_ROUNDS) {
          mondays.add(firstWeekFrom(round.atYear(year)));
        }
      }
    }
    return mondays.stream().filter(monday -> !monday.isBefore(from)).toList();
  }

  private LocalDate firstWeekFrom(LocalDate day) {
    return trainingWeeks(day.getYear()).stream()
        .filter(monday -> !monday.isBefore(day))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no training week after " + day));
  }

  /** The examiner enters the scores the day after the exam; null while that is to come. */
  LocalDateTime resultsEnteredAt(SessionKey key) {
    if (!key.course().hasExam()) {
      return null;
    }
    LocalDateTime entered = key.end().plusDays(1).atTime(LocalTime.of(15, 0));
    return entered.isAfter(now) ? null : entered;
  }

  /** HR publishes two to four days after the exam; null while that is to come. */
  LocalDateTime resultsPublishedAt(SessionKey key, long sessionId) {
    if (resultsEnteredAt(key) == null) {
      return null;
    }
    LocalDateTime published =
        key.end().plusDays(2 + Math.floorMod(sessionId, 3)).atTime(LocalTime.of(16, 30));
    return published.isAfter(now) ? null : published;
  }
}
