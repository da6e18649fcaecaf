package org.constable.demo.training;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.constable.demo.CapabilityDemo;
import org.constable.demo.DemoContext;
import org.constable.notification.Notification;
import org.constable.training.Course;
import org.constable.training.Enrolment;
import org.constable.training.QuotaRule;
import org.constable.training.TrainingLedger;
import org.eclipse.persistence.sessions.Session;

/**
 * Three years of training for the demo force: the course catalogue and the instructors through JPA;
 * sessions, enrolments, attendance, results, retraining and the ledger planned officer by officer
 * and written in JDBC batches on the transaction's own connection; then the officers who failed a
 * retraining go to off-post training and HR is told.
 */
@Dependent
public class TrainingDemo implements CapabilityDemo {

  private static final Logger LOG = Logger.getLogger(TrainingDemo.class.getName());
  private static final String COUNTY = "临河区公安分局";
  private static final int QUOTA_DAYS = 15;

  /** The most serving members who get a training history: see {@link TrainedSample}. */
  static final int MOST_TRAINED = 10_000;

  /** What the plan works from. */
  private record Setting(
      TrainingCalendar calendar,
      ForceReader force,
      Orgs orgs,
      TrainedSample sample,
      LogInOfficers logIns,
      DemoInstructors.Appointed instructors) {}

  /** What the plan wrote, and who goes to off-post training. */
  private record Written(String counts, List<OfficerPlan.OffPost> offPost) {}

  @Override
  public int order() {
    return 20;
  }

  @Override
  public void write(DemoContext context) {
    long started = System.nanoTime();
    EntityManager em = context.em();
    Map<DemoCourse, Long> courses = persistCourses(em);
    LogInOfficers logIns = LogInOfficers.load(em);
    em.flush();
    // the connection EclipseLink holds for this transaction: it sees the rows flushed above
    Connection connection = em.unwrap(Connection.class);
    Session session = em.unwrap(Session.class);
    try {
      var force = new ForceReader(em, connection);
      Orgs serving = force.orgs();
      var sample = new TrainedSample(serving.serving(), MOST_TRAINED);
      Orgs orgs = sample.scale(serving);
      var instructors = DemoInstructors.appoint(em, connection, orgs, logIns, context.today());
      var setting =
          new Setting(
              new TrainingCalendar(context.now()), force, orgs, sample, logIns, instructors);
      LongSupplier ids = () -> session.getNextSequenceNumberValue(Enrolment.class).longValue();
      Written written;
      try (var rows = new TrainingRows(connection, ids, courses, enrollers(orgs, logIns))) {
        var registry =
            new SessionRegistry(
                setting.calendar(), new StaffPicker(instructors.all()), ids, rows::session);
        written = plan(setting, registry, rows, context.random("training").nextLong());
      }
      LongSupplier notificationIds =
          () -> session.getNextSequenceNumberValue(Notification.class).longValue();
      int told =
          new OffPostTraining(em, connection, notificationIds, logIns.hr(), context.now())
              .apply(written.offPost());
      try (var attribute = connection.createStatement()) {
        attribute.executeUpdate(TrainingLedger.attributeSql());
      }
      LOG.info(
          String.format(
              "Training demo: %s, %d to off-post training (%d notifications) in %d ms",
              written.counts(),
              written.offPost().size(),
              told,
              (System.nanoTime() - started) / 1_000_000));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the training demo", e);
    }
  }

  private static Written plan(
      Setting setting, SessionRegistry registry, TrainingRows rows, long seed) throws SQLException {
    Map<Long, List<PlannedSession>> pinned = browserDemo(setting, registry);
    Set<Long> protectedIds = new HashSet<>(setting.logIns().officerIds());
    protectedIds.addAll(pinned.keySet());
    var planner =
        new OfficerPlanner(
            new Timetable(setting.calendar(), setting.orgs().all()),
            registry,
            setting.orgs().city(),
            new QuotaRule(QUOTA_DAYS),
            pinned,
            seed);
    List<OfficerPlan.OffPost> offPost = new ArrayList<>();
    setting
        .force()
        .forEachServing(
            setting.orgs(),
            protectedIds,
            trainee -> {
              if (!setting.sample().includes(trainee)) {
                return;
              }
              OfficerPlan plan = planner.plan(trainee);
              rows.officer(plan);
              if (plan.offPost() != null) {
                offPost.add(plan.offPost());
              }
            });
    rows.flush();
    return new Written(rows.counts(), offPost);
  }

  /** The browser demo's sessions, with officers of the county who neither log in nor teach. */
  private static Map<Long, List<PlannedSession>> browserDemo(
      Setting setting, SessionRegistry registry) throws SQLException {
    LogInOfficers logIns = setting.logIns();
    Set<Long> excluded = new HashSet<>(logIns.officerIds());
    setting.instructors().all().stream()
        .map(StaffMember::officerId)
        .filter(Objects::nonNull)
        .forEach(excluded::add);
    Org county = setting.orgs().named(COUNTY);
    List<Long> others =
        setting
            .force()
            .policeOnDuty(
                county,
                logIns.officer().getUnit().getId(),
                excluded,
                BrowserDemoSessions.othersNeeded(),
                setting.calendar().today());
    return BrowserDemoSessions.make(
        setting.calendar(),
        registry,
        county,
        setting.orgs().city(),
        setting.instructors().browserDemo(),
        logIns.officer().getId(),
        others);
  }

  private static Map<DemoCourse, Long> persistCourses(EntityManager em) {
    Map<DemoCourse, Long> ids = new EnumMap<>(DemoCourse.class);
    for (DemoCourse demo : DemoCourse.values()) {
      Course course = new Course(demo.input());
      em.persist(course);
      ids.put(demo, course.getId());
    }
    return ids;
  }

  /** The HR log-in whose scope is the organiser enrols its trainees; elsewhere nobody known. */
  private static Map<Integer, String> enrollers(Orgs orgs, LogInOfficers logIns) {
    Map<Integer, String> enrollers = new HashMap<>();
    for (Org org : orgs.all()) {
      logIns.hr().stream()
          .filter(hr -> hr.scopeUnitId() == org.unitId())
          .findFirst()
          .ifPresent(hr -> enrollers.put(org.index(), hr.policeNumber()));
    }
    return enrollers;
  }
}
