package org.constable.it.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.notification.Notifications;
import org.constable.personnel.OfficerChanges;
import org.constable.personnel.OfficerHistoryEntry;
import org.constable.personnel.OfficerRegister;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.OrgUnitAdministration;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.constable.policy.PolicyParameter;
import org.constable.policy.PolicyService;
import org.constable.training.AttendanceBook;
import org.constable.training.CheckInToken;
import org.constable.training.CheckIns;
import org.constable.training.CourseCatalogue;
import org.constable.training.Enrolments;
import org.constable.training.ExamResults;
import org.constable.training.InstructorRegistry;
import org.constable.training.QuotaFilter;
import org.constable.training.QuotaOfficerRow;
import org.constable.training.QuotaReport;
import org.constable.training.RetrainingStatus;
import org.constable.training.Retrainings;
import org.constable.training.ScoreLine;
import org.constable.training.SessionInput;
import org.constable.training.SessionPlanner;
import org.constable.training.TrainingLedger;
import org.constable.training.TrainingRecords;
import org.constable.training.TrainingRowsRejectedException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The training rules through the real services and database: 训考分离, results only by the examiner and
 * locked once published, the retraining chain to off-post training, check-in codes, the roll's cap
 * and the ledger, the quota's edges, and whose record a caller may read.
 */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(TrainingIT.class, TrainingFixture.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject OrgUnitAdministration units;
  @Inject OfficerRegister register;
  @Inject OfficerChanges changes;
  @Inject jakarta.transaction.UserTransaction transaction;
  @Inject CourseCatalogue courses;
  @Inject InstructorRegistry instructors;
  @Inject SessionPlanner planner;
  @Inject Enrolments enrolments;
  @Inject AttendanceBook attendance;
  @Inject CheckIns checkIns;
  @Inject ExamResults results;
  @Inject Retrainings retrainings;
  @Inject QuotaReport quota;
  @Inject TrainingLedger ledger;
  @Inject TrainingRecords records;
  @Inject Notifications notifications;
  @Inject PolicyService policy;
  @Inject AuditTrail audit;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);

  @Test
  void anInstructorMayNotExamineTheSameSessionWhileSeparationIsOn() throws Exception {
    long trainer =
        AsUser.call(
            em,
            "hr-city",
            () -> new TrainingFixture(em, units).instructorOf(instructors, "trainer"));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long course = TrainingFixture.course(courses, "SPECIALIST", true);
          var refused =
              assertThrows(
                  BusinessException.class,
                  () -> planner.create(session(course, List.of(trainer), List.of(trainer))));
          assertEquals("training.session.separation", refused.getMessageKey());
        });
    setSeparation(false);
    try {
      AsUser.run(
          em,
          "hr-county",
          () -> {
            long course = TrainingFixture.course(courses, "SPECIALIST", true);
            long id = planner.create(session(course, List.of(trainer), List.of(trainer)));
            var details = planner.details(id);
            assertEquals(1, details.instructors().size());
            assertEquals(1, details.examiners().size());
          });
    } finally {
      setSeparation(true);
    }
  }

  @Test
  void onlyTheExaminerEntersScoresAndPublishedScoresAreLockedButForAnAuditedCorrection()
      throws Exception {
    long trainer =
        AsUser.call(
            em,
            "hr-city",
            () -> new TrainingFixture(em, units).instructorOf(instructors, "trainer"));
    long[] ids = new long[2];
    List<String> numbers =
        AsUser.call(
            em,
            "hr-county",
            () -> {
              var fixture = new TrainingFixture(em, units);
              List<Long> trainees = fixture.officers(register, 3, "2015-07-01");
              long course = TrainingFixture.course(courses, "SPECIALIST", true);
              long external = TrainingFixture.external(instructors);
              // the trainer examines one session and teaches the other
              ids[0] = planner.create(session(course, List.of(external), List.of(trainer)));
              long colleague =
                  instructors.appointOfficer(
                      policeNumber(trainees.get(2)), "测试", LocalDate.of(2020, 1, 1), null);
              ids[1] = planner.create(session(course, List.of(trainer), List.of(colleague)));
              enrolments.enrol(ids[0], trainees.subList(0, 2));
              enrolments.enrol(ids[1], trainees.subList(0, 2));
              return trainees.subList(0, 2).stream().map(this::policeNumber).toList();
            });
    AsUser.run(
        em,
        "trainer",
        () -> {
          assertThrows(
              AccessDeniedException.class,
              () -> results.enter(ids[1], List.of(new ScoreLine(1, numbers.get(0), "80"))));
          var rejected =
              assertThrows(
                  TrainingRowsRejectedException.class,
                  () ->
                      results.enter(
                          ids[0],
                          List.of(
                              new ScoreLine(1, numbers.get(0), "101"),
                              new ScoreLine(2, numbers.get(1), "59.55"),
                              new ScoreLine(3, "999999", "70"))));
          assertEquals(3, rejected.getErrors().size());
          assertEquals(
              2,
              results.enter(
                  ids[0],
                  List.of(
                      new ScoreLine(1, numbers.get(0), "60"),
                      new ScoreLine(2, numbers.get(1), "59.5"))));
          assertEquals(
              List.of(true, false), results.sheet(ids[0]).stream().map(r -> r.passed()).toList());
        });
    AsUser.run(em, "hr-county", () -> results.publish(ids[0]));
    AsUser.run(
        em,
        "trainer",
        () -> {
          var locked =
              assertThrows(
                  BusinessException.class,
                  () -> results.enter(ids[0], List.of(new ScoreLine(1, numbers.get(0), "90"))));
          assertEquals("training.results.locked", locked.getMessageKey());
        });
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long officer = officerId(numbers.get(1));
          assertEquals(1, retrainings.count(RetrainingStatus.DUE) - countOthers(officer));
          var noReason =
              assertThrows(
                  BusinessException.class, () -> results.correct(ids[0], officer, "75", " "));
          assertEquals("training.results.reasonRequired", noReason.getMessageKey());
          results.correct(ids[0], officer, "75", "阅卷漏计一题");
          assertEquals(
              List.of(true, true), results.sheet(ids[0]).stream().map(r -> r.passed()).toList());
        });
    var entries = AsUser.auditOf(em, audit, "TrainingResult", resultId(ids[0], numbers.get(1)));
    assertEquals("CORRECT", entries.get(0).getAction());
    assertTrue(entries.get(0).getChanges().contains("阅卷漏计一题"), entries.get(0).getChanges());
  }

  @Test
  void failingTheRetrainingSendsTheOfficerToOffPostTrainingAndTellsItsHr() throws Exception {
    long trainer =
        AsUser.call(
            em,
            "hr-city",
            () -> new TrainingFixture(em, units).instructorOf(instructors, "trainer"));
    long[] state = new long[4];
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var fixture = new TrainingFixture(em, units);
          long officer = fixture.officers(register, 1, "2012-07-01").get(0);
          long course = TrainingFixture.course(courses, "ENFORCE", true);
          long external = TrainingFixture.external(instructors);
          state[0] = officer;
          state[1] = planner.create(session(course, List.of(external), List.of(trainer)));
          state[2] = planner.create(retrainingSession(course, List.of(external), List.of(trainer)));
          enrolments.enrol(state[1], List.of(officer));
          enrolments.enrol(state[2], List.of(officer));
          state[3] = notifications.unread();
        });
    String number = AsUser.call(em, "hr-county", () -> policeNumber(state[0]));
    AsUser.run(
        em, "trainer", () -> results.enter(state[1], List.of(new ScoreLine(1, number, "40"))));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var first = results.publish(state[1]);
          assertEquals(1, first.retrainingOpened());
          assertEquals("ON_DUTY", register.input(state[0]).status());
        });
    AsUser.run(
        em, "trainer", () -> results.enter(state[2], List.of(new ScoreLine(1, number, "55"))));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var second = results.publish(state[2]);
          assertEquals(1, second.offPostTraining());
          assertEquals("OFF_POST_TRAINING", register.input(state[0]).status());
          OfficerHistoryEntry change = register.history(state[0]).get(0);
          assertEquals(OfficerHistoryEntry.Attribute.STATUS, change.getAttribute());
          assertEquals("OFF_POST_TRAINING", change.getNewValue());
          assertEquals(today, change.getEffectiveDate());
          assertEquals(state[3] + 1, notifications.unread());
          assertTrue(
              notifications.inbox(0, 1).get(0).arguments().contains(number),
              notifications.inbox(0, 1).get(0).toString());
          assertEquals(List.of(), records.record(state[0]).retrainingDue());
        });
    // the city's HR is told as well: its scope covers the county
    AsUser.run(
        em,
        "hr-city",
        () ->
            assertTrue(
                notifications.inbox(0, 5).stream().anyMatch(n -> n.arguments().contains(number))));
  }

  @Test
  void aCheckInCodeChecksInOnlyAnEnrolledOfficerOnceAndNeverLate() throws Exception {
    long trainer =
        AsUser.call(
            em,
            "hr-city",
            () -> new TrainingFixture(em, units).instructorOf(instructors, "trainer"));
    long officerId = officerId(AsUser.policeNumber(em, "officer"));
    long sessionId =
        AsUser.call(
            em,
            "hr-county",
            () -> {
              long course = TrainingFixture.course(courses, "DRILL", false);
              long id =
                  planner.create(
                      new SessionInput(
                          course,
                          new DemoFixtures(em).county().getCode(),
                          today,
                          today.plusDays(1),
                          "训练基地",
                          30,
                          4,
                          false,
                          List.of(trainer),
                          List.of()));
              enrolments.enrol(id, List.of(officerId));
              return id;
            });
    String code = AsUser.call(em, "trainer", () -> checkIns.code(sessionId).token());
    AsUser.run(
        em,
        "officer",
        () -> {
          assertFalse(checkIns.checkIn(code).alreadyCheckedIn());
          assertTrue(checkIns.checkIn(code).alreadyCheckedIn());
          assertEquals(
              "training.checkIn.invalid",
              refusal(() -> checkIns.checkIn(code.replaceFirst("^\\d+", "1"))));
          assertEquals(
              "training.checkIn.expired",
              refusal(() -> checkIns.checkIn(forged(sessionId, Instant.now().minusSeconds(91)))));
        });
    AsUser.run(
        em,
        "leader",
        () -> assertEquals("training.checkIn.notEnrolled", refusal(() -> checkIns.checkIn(code))));
    AsUser.run(
        em,
        "trainer",
        () -> {
          var roll = attendance.roll(sessionId, today);
          var mine =
              roll.stream().filter(r -> r.officerId() == officerId).findFirst().orElseThrow();
          assertTrue(mine.checkedIn());
          assertFalse(mine.confirmed());
          int before = ledger.credited(officerId, today.getYear());
          attendance.confirmRoll(sessionId, today, Map.of(officerId, 2));
          assertEquals(before + 2, ledger.credited(officerId, today.getYear()));
        });
  }

  @Test
  void theRollNeverCreditsMoreThanTheSessionAndTheLedgerAgreesWithTheRows() throws Exception {
    long trainer =
        AsUser.call(
            em,
            "hr-city",
            () -> new TrainingFixture(em, units).instructorOf(instructors, "trainer"));
    long[] ids = new long[2];
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var fixture = new TrainingFixture(em, units);
          ids[0] = fixture.officers(register, 1, "2015-07-01").get(0);
          long course = TrainingFixture.course(courses, "DRILL", false);
          // three calendar days credited as two and a half
          ids[1] =
              planner.create(
                  new SessionInput(
                      course,
                      fixture.unitCode,
                      today.minusDays(2),
                      today,
                      "训练场",
                      10,
                      5,
                      false,
                      List.of(trainer),
                      List.of()));
          enrolments.enrol(ids[1], List.of(ids[0]));
        });
    AsUser.run(
        em,
        "trainer",
        () -> {
          attendance.confirmRoll(ids[1], today.minusDays(2), Map.of(ids[0], 2));
          attendance.confirmRoll(ids[1], today.minusDays(1), Map.of(ids[0], 2));
          var over =
              assertThrows(
                  TrainingRowsRejectedException.class,
                  () -> attendance.confirmRoll(ids[1], today, Map.of(ids[0], 2)));
          assertEquals("training.roll.overCredit", over.getErrors().get(0).messageKey());
          attendance.confirmRoll(ids[1], today, Map.of(ids[0], 1));
          assertEquals(5, ledger.credited(ids[0], today.getYear()));
          // a correction of an earlier day moves the ledger with it
          attendance.confirmRoll(ids[1], today.minusDays(2), Map.of(ids[0], 0));
          assertEquals(3, ledger.credited(ids[0], today.getYear()));
          var future =
              assertThrows(
                  BusinessException.class,
                  () -> attendance.confirmRoll(ids[1], today.plusDays(1), Map.of(ids[0], 2)));
          assertEquals("training.roll.dayOutside", future.getMessageKey());
        });
    AsUser.run(em, "admin", () -> assertTrue(ledger.check().sound()));
  }

  @Test
  void theQuotaReportCountsFourteenAndAHalfDaysAsShortAndFifteenAsDone() throws Exception {
    long trainer =
        AsUser.call(
            em,
            "hr-city",
            () -> new TrainingFixture(em, units).instructorOf(instructors, "trainer"));
    AsUser.run(
        em,
        "hr-county",
        () -> {
          var fixture = new TrainingFixture(em, units);
          List<Long> officers = fixture.officers(register, 3, "2015-07-01");
          long course = TrainingFixture.course(courses, "DRILL", false);
          LocalDate start = today.minusDays(15);
          long id =
              planner.create(
                  new SessionInput(
                      course,
                      fixture.unitCode,
                      start,
                      today,
                      "训练场",
                      10,
                      30,
                      false,
                      List.of(trainer),
                      List.of()));
          enrolments.enrol(id, officers);
          int year = today.getYear();
          // 15 days, 14.5 days, nothing; one future session enrolled for the last one
          Map<Long, Integer> whole = new LinkedHashMap<>();
          whole.put(officers.get(0), 2);
          whole.put(officers.get(1), 2);
          for (int d = 0; d < 15; d++) {
            var day = start.plusDays(d);
            Map<Long, Integer> roll = new LinkedHashMap<>(whole);
            if (d == 14) {
              roll.put(officers.get(1), 1);
            }
            attendance.confirmRoll(id, day, roll);
          }
          if (start.getYear() == year) {
            var rows =
                quota.officers(
                    new QuotaFilter(year, fixture.unitCode, QuotaFilter.Shortfall.SHORT_NOW),
                    0,
                    10);
            assertEquals(
                List.of(officers.get(2), officers.get(1)),
                rows.stream().map(r -> r.officerId()).toList());
            assertEquals("14.5", rows.get(1).creditedDays());
            assertEquals("0.5", rows.get(1).missingDays());
            var unit = quota.units(year, fixture.unitCode).get(0);
            assertEquals(3, unit.officers());
            assertEquals(90, unit.owedHalfDays());
            assertEquals(59, unit.creditedHalfDays());
            assertEquals(2, unit.shortNow());
          }
        });
  }

  /**
   * The officer list read from the ledger's standing (issue 13), for city and county HR, their
   * scope and a unit beneath it, each shortfall: paged to its end, it holds as many officers as the
   * unit table's first row counts (which is what the list's count answers), every one listed once,
   * most missing first and then by police number, each with what the filter asks; all of them are
   * the scope's serving police who joined by the year's end.
   */
  @Test
  void theOfficerListPagedToItsEndIsWhatTheUnitTableCounts() throws Exception {
    var fixtures = new DemoFixtures(em);
    String county = fixtures.county().getCode();
    int year = today.getYear();
    for (String user : List.of("hr-city", "hr-county")) {
      for (String unitCode : java.util.Arrays.asList(null, county)) {
        AsUser.run(
            em,
            user,
            () -> {
              var top = quota.units(year, unitCode).get(0);
              for (QuotaFilter.Shortfall shortfall : QuotaFilter.Shortfall.values()) {
                var filter = new QuotaFilter(year, unitCode, shortfall);
                List<QuotaOfficerRow> listed = new java.util.ArrayList<>();
                for (int first = 0; ; first += QuotaReport.LARGEST_PAGE) {
                  var page = quota.officers(filter, first, QuotaReport.LARGEST_PAGE);
                  listed.addAll(page);
                  if (page.size() < QuotaReport.LARGEST_PAGE) {
                    break;
                  }
                }
                String what = user + " " + unitCode + " " + shortfall;
                assertEquals(top.officers(shortfall), listed.size(), what);
                assertEquals(
                    listed.size(),
                    listed.stream().map(QuotaOfficerRow::officerId).distinct().count(),
                    what);
                for (int i = 1; i < listed.size(); i++) {
                  var before = listed.get(i - 1);
                  var after = listed.get(i);
                  int order =
                      Integer.compare(missing(after), missing(before)) != 0
                          ? Integer.compare(missing(after), missing(before))
                          : before.policeNumber().compareTo(after.policeNumber());
                  assertTrue(order < 0, what + ": " + before + " before " + after);
                }
                switch (shortfall) {
                  case SHORT_NOW -> assertTrue(listed.stream().allMatch(QuotaOfficerRow::shortNow));
                  case SHORT_BY_YEAR_END ->
                      assertTrue(listed.stream().allMatch(QuotaOfficerRow::shortByYearEnd));
                  case ALL -> assertEquals(servingBy(year, top.unitId()), listed.size(), what);
                }
              }
              assertTrue(top.officers(QuotaFilter.Shortfall.ALL) > 0, user);
            });
      }
    }
  }

  private static int missing(QuotaOfficerRow row) {
    return row.owedHalfDays() - row.creditedHalfDays();
  }

  /** The serving police beneath the unit who joined by the year's end, counted in the register. */
  private long servingBy(int year, long unitId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM officer o JOIN org_unit u ON u.id = o.unit_id"
                        + " WHERE o.category = 'POLICE'"
                        + " AND o.status IN ('ON_DUTY', 'OFF_POST_TRAINING', 'SICK_LEAVE')"
                        + " AND COALESCE(o.police_join_date, o.first_employment_date) <= ?1"
                        + " AND u.path LIKE (SELECT path FROM org_unit WHERE id = ?2) || '%'")
                .setParameter(1, LocalDate.of(year, 12, 31))
                .setParameter(2, unitId)
                .getSingleResult())
        .longValue();
  }

  /**
   * An officer added to the register is in the year's list at once, owing the full year; a change
   * of the quota refills the year; a row whose owed figure was edited by hand is what the check
   * finds, and bringing the officer into step mends it.
   */
  @Test
  void aNewOfficerIsListedAtOnceAChangedQuotaRefillsAndTheCheckFindsAnEditedOwedFigure()
      throws Exception {
    int year = today.getYear();
    long added =
        AsUser.call(
            em,
            "hr-county",
            () -> {
              var fixture = new TrainingFixture(em, units);
              quota.officers(new QuotaFilter(year, fixture.unitCode, null), 0, 10);
              long id = fixture.officers(register, 1, "2015-07-01").get(0);
              var rows = quota.officers(new QuotaFilter(year, fixture.unitCode, null), 0, 10);
              assertEquals(List.of(id), rows.stream().map(QuotaOfficerRow::officerId).toList());
              assertEquals(30, rows.get(0).owedHalfDays());
              assertEquals(0, rows.get(0).creditedHalfDays());
              return id;
            });
    AsUser.run(
        em,
        "admin",
        () -> {
          assertTrue(ledger.check().sound());
          editByHand("UPDATE training_ledger_year SET quota_days = 99", null);
          editByHand("UPDATE training_ledger SET owed_half_days = 1 WHERE officer_id = ?1", added);
        });
    AsUser.run(
        em,
        "hr-city",
        () -> {
          var row = quota.officers(new QuotaFilter(year, null, null), 0, 1);
          assertEquals(1, row.size());
          // a year beyond the page's (a hand-edited request) fills nothing and says why
          var beyond =
              assertThrows(
                  BusinessException.class,
                  () -> quota.officers(new QuotaFilter(year + 2, null, null), 0, 1));
          assertEquals("training.quota.yearOutOfRange", beyond.getMessageKey());
          assertEquals(
              0L,
              ((Number)
                      em.createNativeQuery(
                              "SELECT COUNT(*) FROM training_ledger_year WHERE year_no > ?1")
                          .setParameter(1, year + 1)
                          .getSingleResult())
                  .longValue());
          assertEquals(
              15,
              ((Number)
                      em.createNativeQuery(
                              "SELECT quota_days FROM training_ledger_year WHERE year_no = ?1")
                          .setParameter(1, year)
                          .getSingleResult())
                  .intValue());
        });
    AsUser.run(
        em,
        "admin",
        () -> {
          assertTrue(ledger.check().sound(), "the refill computed the edited row afresh");
          editByHand("UPDATE training_ledger SET owed_half_days = 1 WHERE officer_id = ?1", added);
          var broken = ledger.check();
          assertEquals(List.of(added), broken.owed().stream().map(m -> m.officerId()).toList());
          assertEquals(1, broken.owed().get(0).ledger());
          assertEquals(30, broken.owed().get(0).register());
          ledger.reattribute(List.of(added));
          assertTrue(ledger.check().sound());
        });
  }

  @Test
  void aTransferTakesTheCreditToTheNewUnitAJoinerOwesItsShareAndTheCheckFindsAnEditedRow()
      throws Exception {
    long trainer =
        AsUser.call(
            em,
            "hr-city",
            () -> new TrainingFixture(em, units).instructorOf(instructors, "trainer"));
    long veteran = transferredAfterTheRoll(trainer);
    AsUser.run(
        em,
        "admin",
        () -> {
          assertTrue(ledger.check().sound());
          editByHand("UPDATE training_ledger SET unit_id = NULL WHERE officer_id = ?1", veteran);
          var broken = ledger.check();
          assertEquals(List.of(veteran), broken.units().stream().map(m -> m.officerId()).toList());
          assertTrue(broken.credits().isEmpty());
          ledger.reattribute(List.of(veteran));
          assertTrue(ledger.check().sound());
        });
    AsUser.run(em, "hr-county", () -> assertThrows(AccessDeniedException.class, ledger::check));
  }

  /** A statement run and committed behind the services' back, binding the officer as ?1 if any. */
  private void editByHand(String statement, Long officerId) throws Exception {
    transaction.begin();
    em.joinTransaction();
    var query = em.createNativeQuery(statement);
    if (officerId != null) {
      query.setParameter(1, officerId);
    }
    query.executeUpdate();
    transaction.commit();
  }

  /** A full-year officer and a joiner on a roll, then the full-year one transferred: its id. */
  private long transferredAfterTheRoll(long trainer) throws Exception {
    return AsUser.call(
        em,
        "hr-county",
        () -> {
          int year = today.getYear();
          var from = new TrainingFixture(em, units);
          var to = new TrainingFixture(em, units);
          long veteran = from.officers(register, 1, "2015-07-01").get(0);
          LocalDate joined = LocalDate.of(year, 7, 1);
          long joiner = from.officers(register, 1, joined.toString()).get(0);
          long course = TrainingFixture.course(courses, "DRILL", false);
          LocalDate start = today.minusDays(2);
          long id =
              planner.create(
                  new SessionInput(
                      course,
                      from.unitCode,
                      start,
                      today,
                      "训练场",
                      10,
                      6,
                      false,
                      List.of(trainer),
                      List.of()));
          enrolments.enrol(id, List.of(veteran, joiner));
          attendance.confirmRoll(id, today, Map.of(veteran, 2, joiner, 1));
          var unit = quota.units(year, from.unitCode).get(0);
          assertEquals(2, unit.officers());
          int joinerOwes =
              new org.constable.training.QuotaRule(15).owedHalfDays(year, joined, null);
          assertEquals(30 + joinerOwes, unit.owedHalfDays());
          assertEquals(3, unit.creditedHalfDays());
          assertEquals(2, unit.shortNow());

          changes.transfer(veteran, to.unitCode, today);
          assertEquals(1, quota.units(year, from.unitCode).get(0).creditedHalfDays());
          var moved = quota.units(year, to.unitCode).get(0);
          assertEquals(1, moved.officers());
          assertEquals(2, moved.creditedHalfDays());
          return veteran;
        });
  }

  @Test
  void anOfficerWhoLeftDuringTheYearOwesItsShareUpToItsLastDay() throws Exception {
    AsUser.run(
        em,
        "hr-county",
        () -> {
          long officer = new TrainingFixture(em, units).officers(register, 1, "2015-07-01").get(0);
          LocalDate leaves = today.withDayOfYear(1).plusDays((today.getDayOfYear() - 1) / 2);
          changes.changeStatus(officer, OfficerStatus.RETIRED, leaves);
          int expected =
              new org.constable.training.QuotaRule(15)
                  .owedHalfDays(today.getYear(), LocalDate.of(2015, 7, 1), leaves.minusDays(1));
          assertEquals(expected, records.record(officer).owedHalfDays());
          assertTrue(expected < 30, "a share of the year, not all of it");
        });
  }

  @Test
  void theForceWideReportSumsTheLedgerToWhatTheRawAttendanceHolds() throws Exception {
    AsUser.run(
        em,
        "hr-city",
        () -> {
          for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
            var top = quota.units(year, null).get(0);
            long raw =
                quota.creditedFromAttendance(year).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
            long elsewhere =
                ((Number)
                        em.createNativeQuery(
                                "SELECT COALESCE(SUM(x.half_days), 0) FROM training_external x"
                                    + " JOIN officer o ON o.id = x.officer_id WHERE x.status = 'APPROVED'"
                                    + " AND o.category = 'POLICE' AND o.status IN ('ON_DUTY',"
                                    + " 'OFF_POST_TRAINING', 'SICK_LEAVE')"
                                    + " AND EXTRACT(YEAR FROM x.end_date) = ?1")
                            .setParameter(1, year)
                            .getSingleResult())
                    .longValue();
            assertEquals(raw + elsewhere, top.creditedHalfDays(), "year " + year);
          }
        });
    AsUser.run(em, "admin", () -> assertTrue(ledger.check().sound()));
  }

  @Test
  void anOfficerReadsItsOwnTrainingRecordAndNoOneElses() throws Exception {
    long own = officerId(AsUser.policeNumber(em, "officer"));
    long other =
        new DemoFixtures(em).policeOfficerUnder(new DemoFixtures(em).county().getPath(), 7);
    long otherCounty =
        new DemoFixtures(em).policeOfficerUnder(new DemoFixtures(em).otherCounty().getPath(), 0);
    AsUser.run(
        em,
        "officer",
        () -> {
          assertEquals(own, records.record(own).officerId());
          assertThrows(AccessDeniedException.class, () -> records.record(other));
          assertThrows(AccessDeniedException.class, () -> planner.sessions(today.getYear(), 0, 10));
          assertThrows(AccessDeniedException.class, () -> quota.units(today.getYear(), null));
        });
    AsUser.run(
        em,
        "hr-county",
        () -> {
          assertEquals(other, records.record(other).officerId());
          assertThrows(AccessDeniedException.class, () -> records.record(otherCounty));
        });
  }

  private SessionInput session(long course, List<Long> instructorIds, List<Long> examinerIds) {
    return new SessionInput(
        course,
        new DemoFixtures(em).county().getCode(),
        today.minusDays(5),
        today.minusDays(1),
        "市局训练基地",
        40,
        10,
        false,
        instructorIds,
        examinerIds);
  }

  private SessionInput retrainingSession(
      long course, List<Long> instructorIds, List<Long> examinerIds) {
    return new SessionInput(
        course,
        new DemoFixtures(em).county().getCode(),
        today.minusDays(1),
        today,
        "市局训练基地",
        40,
        4,
        true,
        instructorIds,
        examinerIds);
  }

  private String forged(long sessionId, Instant shown) {
    Object secret =
        em.createNativeQuery(
                "SELECT setting_value FROM app_setting WHERE setting_key = 'training-check-in-secret'")
            .getSingleResult();
    return new CheckInToken(HexFormat.of().parseHex(secret.toString())).issue(sessionId, shown);
  }

  private void setSeparation(boolean on) throws Exception {
    AsUser.run(
        em,
        "admin",
        () -> {
          PolicyParameter p =
              policy.all().stream()
                  .filter(x -> x.getKey().equals(SessionPlanner.SEPARATION))
                  .findFirst()
                  .orElseThrow();
          policy.change(SessionPlanner.SEPARATION, String.valueOf(on), p.getVersion());
        });
  }

  private String policeNumber(long officerId) {
    return em.createQuery("SELECT o.policeNumber FROM Officer o WHERE o.id = :id", String.class)
        .setParameter("id", officerId)
        .getSingleResult();
  }

  private long officerId(String policeNumber) {
    return em.createQuery("SELECT o.id FROM Officer o WHERE o.policeNumber = :n", Long.class)
        .setParameter("n", policeNumber)
        .getSingleResult();
  }

  private long countOthers(long officerId) {
    return em.createQuery(
            "SELECT COUNT(r) FROM Retraining r WHERE r.status = :due AND r.officer.id <> :o"
                + " AND r.officer.unit.path LIKE :p",
            Long.class)
        .setParameter("due", RetrainingStatus.DUE)
        .setParameter("o", officerId)
        .setParameter("p", new DemoFixtures(em).county().getPath() + "%")
        .getSingleResult();
  }

  private long resultId(long sessionId, String policeNumber) {
    return em.createQuery(
            "SELECT r.id FROM ExamResult r WHERE r.session.id = :s AND r.officer.policeNumber = :n",
            Long.class)
        .setParameter("s", sessionId)
        .setParameter("n", policeNumber)
        .getSingleResult();
  }

  private static String refusal(Runnable action) {
    return assertThrows(BusinessException.class, action::run).getMessageKey();
  }
}
