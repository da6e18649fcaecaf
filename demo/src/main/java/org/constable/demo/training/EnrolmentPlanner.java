package org.constable.demo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.constable.personnel.OfficerStatus;
import org.constable.training.QuotaRule;

/**
 * Which sessions a trainee is enrolled in. Everyone serving: the rotation once in three years
 * (except the 8% who are overdue), those whose turn is later this year also three years before.
 * Police officers, each year: induction for new recruits, the annual exam, now and then a city
 * course or the county's public order course, then drills up to the quota with a little to spare;
 * about one in ten (one in two on sick leave) plans less and falls short.
 */
final class EnrolmentPlanner {

  private static final int OVERDUE_PERCENT = 8;
  private static final int SHORT_PERCENT = 9;
  private static final int SHORT_ON_SICK_LEAVE_PERCENT = 50;
  private static final int SPARE_HALF_DAYS = 3;
  private static final List<DemoCourse> CITY_COURSES =
      List.of(
          DemoCourse.ENFORCEMENT,
          DemoCourse.RANK_PROMOTION,
          DemoCourse.CRIMINAL_INVESTIGATION,
          DemoCourse.UNIT_HEADS);

  private final Timetable timetable;
  private final TrainingCalendar calendar;
  private final SessionRegistry registry;
  private final Org city;
  private final QuotaRule quota;

  EnrolmentPlanner(Timetable timetable, SessionRegistry registry, Org city, QuotaRule quota) {
    this.timetable = timetable;
    this.calendar = timetable.calendar();
    this.registry = registry;
    this.city = city;
    this.quota = quota;
  }

  Bookings book(Trainee trainee, List<PlannedSession> pinned, SplittableRandom random) {
    Bookings bookings = new Bookings();
    pinned.forEach(session -> bookings.add(session, true));
    bookRotation(trainee, bookings, random);
    if (trainee.isPolice()) {
      for (int year = calendar.firstYear(); year <= calendar.currentYear(); year++) {
        bookYear(trainee, year, bookings, random);
      }
    }
    return bookings;
  }

  private void bookRotation(Trainee trainee, Bookings bookings, SplittableRandom random) {
    if (random.nextInt(100) < OVERDUE_PERCENT) {
      return;
    }
    double turn = random.nextDouble() * 3;
    int year = calendar.firstYear() + (int) turn;
    double partOfYear = turn - (int) turn;
    PlannedSession session = bookRotation(trainee, year, partOfYear, bookings);
    if (session != null && session.start().isAfter(calendar.today())) {
      bookRotation(trainee, year - 3, partOfYear, bookings);
    }
  }

  private PlannedSession bookRotation(
      Trainee trainee, int year, double partOfYear, Bookings bookings) {
    List<LocalDate> weeks = timetable.weeks(DemoCourse.ROTATION, trainee.org(), year);
    int first = (int) (partOfYear * weeks.size());
    for (int i = 0; i < weeks.size(); i++) {
      LocalDate monday = weeks.get((first + i) % weeks.size());
      SessionKey key = calendar.key(DemoCourse.ROTATION, trainee.org(), monday);
      int classes = timetable.classes(DemoCourse.ROTATION, trainee.org(), year, monday);
      PlannedSession session =
          bookable(trainee, key, bookings)
              ? book(trainee, key, (int) (trainee.id() % classes), bookings)
              : null;
      if (session != null) {
        return session;
      }
    }
    return null;
  }

  private void bookYear(Trainee trainee, int year, Bookings bookings, SplittableRandom random) {
    if (trainee.joined().getYear() > year) {
      return;
    }
    int owed = quota.owedHalfDays(year, trainee.joined(), null);
    int shortPercent =
        trainee.status() == OfficerStatus.SICK_LEAVE ? SHORT_ON_SICK_LEAVE_PERCENT : SHORT_PERCENT;
    boolean fallsShort = !trainee.isProtected() && random.nextInt(100) < shortPercent;
    int goal =
        fallsShort ? (int) (owed * (0.45 + 0.45 * random.nextDouble())) : owed + SPARE_HALF_DAYS;
    boolean recruit = bookInduction(trainee, year, bookings);
    SessionKey exam = calendar.examKey(year, trainee.org());
    if (bookable(trainee, exam, bookings)) {
      book(trainee, exam, bookings);
    }
    if (!recruit) {
      DemoCourse cityCourse = cityCourse(random.nextDouble());
      if (cityCourse != null) {
        bookSomeWeek(trainee, cityCourse, city, year, bookings, random);
      }
      if (random.nextDouble() < DemoCourse.PUBLIC_ORDER.share()) {
        bookSomeWeek(trainee, DemoCourse.PUBLIC_ORDER, trainee.org(), year, bookings, random);
      }
    }
    boolean skills = random.nextBoolean();
    for (int tries = 0; bookings.halfDaysStartingIn(year) < goal && tries < 10; tries++) {
      DemoCourse drill = skills ? DemoCourse.POLICING_SKILLS : fitness(year, random);
      skills = !skills;
      bookSomeWeek(trainee, drill, trainee.org(), year, bookings, random);
    }
    int planned = bookings.halfDaysStartingIn(year);
    bookings.allowLoss(year, fallsShort ? Integer.MAX_VALUE : Math.max(0, planned - owed));
  }

  private DemoCourse fitness(int year, SplittableRandom random) {
    boolean retiredCourseStillRuns = year == calendar.firstYear();
    return retiredCourseStillRuns && random.nextInt(4) == 0
        ? DemoCourse.COMPUTER_SKILLS
        : DemoCourse.FITNESS;
  }

  /** 新警入警培训 for those who joined since the previous induction began. */
  private boolean bookInduction(Trainee trainee, int year, Bookings bookings) {
    LocalDate joined = trainee.joined();
    boolean newcomer =
        joined.isAfter(calendar.recruitStart(year - 1))
            && !joined.isAfter(calendar.recruitStart(year));
    SessionKey key = calendar.recruitKey(year, city);
    if (!newcomer || !bookings.isFree(key)) {
      return false;
    }
    int classes = timetable.classes(DemoCourse.RECRUIT, city, year, key.start());
    for (int i = 0; i < classes; i++) {
      if (book(trainee, key, (int) (trainee.id() + i) % classes, bookings) != null) {
        return true;
      }
    }
    return false;
  }

  /** At most one city course a year, each with its share of the force. */
  private static DemoCourse cityCourse(double roll) {
    double upTo = 0;
    for (DemoCourse course : CITY_COURSES) {
      upTo += course.share();
      if (roll < upTo) {
        return course;
      }
    }
    return null;
  }

  /** A free week at random (December's less likely), another if its classes are full. */
  private void bookSomeWeek(
      Trainee trainee,
      DemoCourse course,
      Org organiser,
      int year,
      Bookings bookings,
      SplittableRandom random) {
    List<SessionKey> free =
        new ArrayList<>(
            timetable.weeks(course, organiser, year).stream()
                .map(monday -> calendar.key(course, organiser, monday))
                .filter(key -> bookable(trainee, key, bookings))
                .toList());
    while (!free.isEmpty()) {
      SessionKey key = drawWeek(free, random);
      int classes = timetable.classes(course, organiser, year, key.start());
      if (book(trainee, key, random.nextInt(classes), bookings) != null) {
        return;
      }
      free.remove(key);
    }
  }

  private static SessionKey drawWeek(List<SessionKey> keys, SplittableRandom random) {
    int total = keys.stream().mapToInt(key -> Timetable.weight(key.start())).sum();
    int roll = random.nextInt(total);
    for (SessionKey key : keys) {
      roll -= Timetable.weight(key.start());
      if (roll < 0) {
        return key;
      }
    }
    throw new IllegalStateException("no week drawn");
  }

  private static boolean bookable(Trainee trainee, SessionKey key, Bookings bookings) {
    return !key.start().isBefore(trainee.joined()) && bookings.isFree(key);
  }

  private PlannedSession book(Trainee trainee, SessionKey key, Bookings bookings) {
    return book(trainee, key, 0, bookings);
  }

  /** The session booked, or null if the trainee staffs it. */
  private PlannedSession book(
      Trainee trainee, SessionKey key, int preferredClass, Bookings bookings) {
    PlannedSession session = registry.join(key, trainee.id(), preferredClass);
    if (session != null) {
      bookings.add(session, false);
    }
    return session;
  }
}
