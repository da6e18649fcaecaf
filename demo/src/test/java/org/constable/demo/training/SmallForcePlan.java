package org.constable.demo.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.training.QuotaRule;

/**
 * The training plan of a small force of three bureaus (about 600 people) as of a day, made as the
 * demo makes it: the browser demo's sessions first, then everyone serving, in id order.
 */
final class SmallForcePlan {

  static final long DEMO_OFFICER = 1100;
  static final Org CITY = new Org(0, 100, "/100/", "巴彦淖尔市公安局", true, 240, 280);
  static final Org COUNTY = new Org(1, 200, "/100/200/", "临河区公安分局", false, 200, 230);
  static final Org OTHER = new Org(2, 300, "/100/300/", "五原县公安局", false, 80, 95);

  private static final Map<LocalDate, SmallForcePlan> MADE = new ConcurrentHashMap<>();

  final LocalDate today;
  final List<StaffMember> staff;
  final List<PlannedSession> sessions = new ArrayList<>();
  final Map<Long, List<PlannedSession>> pinned;
  final List<Trainee> trainees = new ArrayList<>();
  final List<OfficerPlan> plans = new ArrayList<>();

  /** The plan as of the day, made once for all the tests that read it. */
  static SmallForcePlan asOf(LocalDate today) {
    return MADE.computeIfAbsent(today, SmallForcePlan::new);
  }

  SmallForcePlan(LocalDate today) {
    this.today = today;
    this.staff = staff(today);
    var calendar = new TrainingCalendar(today.atTime(10, 15));
    AtomicLong ids = new AtomicLong(1000);
    var registry =
        new SessionRegistry(calendar, new StaffPicker(staff), ids::incrementAndGet, sessions::add);
    List<Long> others =
        LongStream.range(DEMO_OFFICER + 1, DEMO_OFFICER + 1 + BrowserDemoSessions.othersNeeded())
            .boxed()
            .toList();
    var browserDemoStaff =
        new BrowserDemoSessions.Staff(
            staff.get(0), staff.get(8), staff.get(1), staff.get(10), staff.get(11));
    pinned =
        BrowserDemoSessions.make(
            calendar, registry, COUNTY, CITY, browserDemoStaff, DEMO_OFFICER, others);
    Set<Long> protectedIds = new HashSet<>(pinned.keySet());
    add(CITY, 1, protectedIds);
    add(COUNTY, 1001, protectedIds);
    add(OTHER, 2001, protectedIds);
    var planner =
        new OfficerPlanner(
            new Timetable(calendar, List.of(CITY, COUNTY, OTHER)),
            registry,
            CITY,
            new QuotaRule(15),
            pinned,
            20261202L);
    trainees.forEach(trainee -> plans.add(planner.plan(trainee)));
  }

  /** The police first, then civilian staff; a tenth recent joiners, a few on sick leave. */
  private void add(Org org, long firstId, Set<Long> protectedIds) {
    for (long id = firstId; id < firstId + org.everyone(); id++) {
      LocalDate joined =
          id % 10 == 3
              ? today.minusDays(id * 37 % 1500)
              : LocalDate.of(1995, 1, 1).plusDays(id * 53 % 7000);
      OfficerStatus status =
          id % 50 == 7
              ? OfficerStatus.SICK_LEAVE
              : id % 97 == 5 ? OfficerStatus.OFF_POST_TRAINING : OfficerStatus.ON_DUTY;
      PersonnelCategory category =
          id < firstId + org.police() ? PersonnelCategory.POLICE : PersonnelCategory.CIVILIAN;
      trainees.add(new Trainee(id, org, joined, category, status, protectedIds.contains(id)));
    }
  }

  /** Ten officers (one appointed a year ago, one whose appointment ended then), three outsiders. */
  private static List<StaffMember> staff(LocalDate today) {
    LocalDate longAgo = LocalDate.of(2015, 1, 1);
    List<StaffMember> staff = new ArrayList<>();
    long[] officers = {1, 2, 3, 4, 5, 6, 7, 8, 1001, 1002};
    for (int i = 0; i < officers.length; i++) {
      LocalDate from = i == 6 ? today.minusYears(1) : longAgo;
      LocalDate to = i == 7 ? today.minusYears(1) : null;
      staff.add(new StaffMember(500 + i, officers[i], "15" + (1000 + i), true, from, to));
    }
    for (int i = 0; i < 3; i++) {
      staff.add(new StaffMember(600 + i, null, null, false, longAgo, null));
    }
    return List.copyOf(staff);
  }

  Trainee trainee(long id) {
    return trainees.stream().filter(t -> t.id() == id).findFirst().orElseThrow();
  }

  OfficerPlan plan(long id) {
    return plans.stream().filter(p -> p.officerId() == id).findFirst().orElseThrow();
  }
}
