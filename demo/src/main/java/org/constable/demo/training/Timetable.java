package org.constable.demo.training;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The weeks in which an organiser runs a course in a year: as many as its expected trainees need at
 * the course's class size, spread evenly over the open weeks. Rotation weeks always include the
 * year's last week, so that some officers fall due late in the year.
 */
final class Timetable {

  private final TrainingCalendar calendar;
  private final int forcePolice;
  private final Map<String, List<LocalDate>> weeks = new HashMap<>();

  Timetable(TrainingCalendar calendar, List<Org> orgs) {
    this.calendar = calendar;
    this.forcePolice = orgs.stream().mapToInt(Org::police).sum();
  }

  TrainingCalendar calendar() {
    return calendar;
  }

  List<LocalDate> weeks(DemoCourse course, Org organiser, int year) {
    return weeks.computeIfAbsent(
        course + "/" + organiser.index() + "/" + year, k -> spread(course, organiser, year));
  }

  private List<LocalDate> spread(DemoCourse course, Org organiser, int year) {
    List<LocalDate> open = calendar.openWeeks(year);
    double expected = expectedTrainees(course, organiser, year);
    int count = (int) Math.max(1, Math.min(open.size(), Math.ceil(expected / course.classSize())));
    if (course == DemoCourse.ROTATION) {
      return IntStream.range(0, count)
          .mapToObj(i -> open.get(open.size() - 1 - i * open.size() / count))
          .sorted()
          .toList();
    }
    int offset =
        Math.floorMod(course.ordinal() * 7 + organiser.index() * 3 + year, open.size() / count);
    return IntStream.range(0, count)
        .mapToObj(i -> open.get(offset + i * open.size() / count))
        .toList();
  }

  /**
   * How much a week draws trainees: December's a third as much as the others' (the year-end is
   * busy).
   */
  static int weight(LocalDate monday) {
    return monday.getMonth() == Month.DECEMBER ? 1 : 3;
  }

  /**
   * Parallel classes of the course in a week: one, unless the trainees expected in a week are more
   * than a class (when every open week is taken already); the recruits' single induction of the
   * year takes as many as its year's newcomers need.
   */
  int classes(DemoCourse course, Org organiser, int year, LocalDate monday) {
    double expected = expectedTrainees(course, organiser, year);
    if (course == DemoCourse.ANNUAL_EXAM) {
      return 1;
    }
    if (course == DemoCourse.RECRUIT) {
      return (int) Math.max(1, Math.ceil(expected / course.classSize()));
    }
    double perWeek = expected / weeks(course, organiser, year).size();
    double classes = Math.ceil(perWeek / course.classSize()) * weight(monday) / 3.0;
    return (int) Math.max(1, Math.round(classes));
  }

  private double expectedTrainees(DemoCourse course, Org organiser, int year) {
    if (course == DemoCourse.ROTATION) {
      return organiser.everyone() * course.share();
    }
    if (course == DemoCourse.COMPUTER_SKILLS && year != calendar.firstYear()) {
      return 0;
    }
    return (course.byCity() ? forcePolice : organiser.police()) * course.share();
  }
}
