package org.constable.it.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.constable.audit.AuditTrail;
import org.constable.it.AsUser;
import org.constable.it.DemoFixtures;
import org.constable.it.Deployments;
import org.constable.leave.BalanceView;
import org.constable.leave.LeaveInput;
import org.constable.leave.LeaveRateRow;
import org.constable.leave.LeaveRates;
import org.constable.leave.LeaveRow;
import org.constable.leave.LeaveState;
import org.constable.leave.LeaveType;
import org.constable.leave.Leaves;
import org.constable.leave.WorkCalendarDay;
import org.constable.leave.WorkCalendars;
import org.constable.platform.AccessDeniedException;
import org.constable.platform.BusinessException;
import org.constable.platform.ClockProducer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Leave in the real server: the officer asks, its leader decides, the balance follows at once and
 * every step is audited; the refusals (over the balance, overlapping, in the past, another kind);
 * who may act on whose leave; HR's records and the article 4 exclusion; the rate and the untaken
 * notice.
 */
@ExtendWith(ArquillianExtension.class)
class LeaveIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(LeaveIT.class);
  }

  @PersistenceContext(unitName = "constable")
  EntityManager em;

  @Inject Leaves leaves;
  @Inject LeaveRates rates;
  @Inject AuditTrail audit;
  @Inject WorkCalendars calendars;

  private final LocalDate today = LocalDate.now(ClockProducer.ZONE);
  private final int year = today.getYear();

  @Test
  void theOfficerAsksItsLeaderApprovesAndTheBalanceFollowsAtOnce() throws Exception {
    long officer = officerId(AsUser.policeNumber(em, "officer"));
    LocalDate[] days = freeWorkingDays(officer, 2);
    assumeTrue(days != null, "no two free working days left this year");
    long[] id = new long[1];
    BalanceView[] before = new BalanceView[1];
    AsUser.run(
        em,
        "officer",
        () -> {
          before[0] = leaves.balance(officer, year);
          id[0] = leaves.request(annual(days[0], days[1]));
          BalanceView asked = leaves.balance(officer, year);
          assertEquals(before[0].pending() + 2, asked.pending());
          assertEquals(before[0].remaining() - 2, asked.remaining());
          LeaveRow row = mine(officer, id[0]);
          assertEquals(LeaveState.REQUESTED, row.state());
          assertEquals(2, row.days());
          // the officer cannot decide, nor see HR's desk
          assertThrows(AccessDeniedException.class, () -> leaves.approve(id[0], row.version()));
          assertThrows(AccessDeniedException.class, () -> leaves.search(year, null, 0, 10));
        });
    AsUser.run(
        em,
        "leader",
        () -> {
          LeaveRow pending =
              leaves.pending(0, 500).stream()
                  .filter(r -> r.id() == id[0])
                  .findFirst()
                  .orElseThrow();
          assertTrue(leaves.countPending() >= 1);
          var bare =
              assertThrows(
                  BusinessException.class, () -> leaves.decline(id[0], pending.version(), " "));
          assertEquals("leave.decline.reasonRequired", bare.getMessageKey());
          leaves.approve(id[0], pending.version());
          var twice =
              assertThrows(
                  BusinessException.class, () -> leaves.approve(id[0], pending.version() + 1));
          assertEquals("leave.alreadyDecided", twice.getMessageKey());
        });
    AsUser.run(
        em,
        "officer",
        () -> {
          BalanceView after = leaves.balance(officer, year);
          assertEquals(before[0].taken() + 2, after.taken());
          assertEquals(before[0].pending(), after.pending());
          assertEquals(before[0].remaining() - 2, after.remaining());
          LeaveRow row = mine(officer, id[0]);
          assertEquals(LeaveState.APPROVED, row.state());
          assertFalse(row.decidedByName() == null || row.decidedByName().isBlank());
          // the same days again overlap
          var overlap =
              assertThrows(BusinessException.class, () -> leaves.request(annual(days[0], days[0])));
          assertEquals("leave.input.overlaps", overlap.getMessageKey());
        });
    assertEquals(
        List.of("APPROVE", "REQUEST"),
        AsUser.auditOf(em, audit, "LeaveRecord", id[0]).stream().map(e -> e.getAction()).toList());
    Number told =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM notification n JOIN account a ON a.id = n.account_id"
                        + " WHERE a.officer_id = ?1 AND n.text_key = 'leave.notice.approved'")
                .setParameter(1, officer)
                .getSingleResult();
    assertTrue(told.longValue() >= 1, "the officer is told");
    AsUser.run(em, "hr-city", this::assertUnitSumsAreTheLedgers);
  }

  @Test
  void annualLeaveCountsTheHolidayArrangementThatTheAdministratorKeeps() throws Exception {
    // the seeded 2026 arrangement: National Day off, the Saturday after it worked
    AsUser.run(
        em,
        "officer",
        () -> {
          assertEquals(
              6,
              calendars.days(
                  LeaveType.ANNUAL, LocalDate.of(2026, 9, 28), LocalDate.of(2026, 10, 10)));
          assertEquals(
              7,
              calendars.days(LeaveType.SICK, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
        });
    // a year no one arranges: 2099-01-01 is a Thursday; a kept database may hold an earlier run's
    LocalDate day = LocalDate.of(2099, 1, 1);
    AsUser.run(
        em,
        "admin",
        () -> {
          for (var d : calendars.year(2099)) {
            calendars.remove(d.day(), d.version());
          }
        });
    LocalDate friday = day.plusDays(1);
    AsUser.run(
        em,
        "hr-city",
        () -> {
          assertEquals(2, calendars.days(LeaveType.ANNUAL, day, friday));
          assertThrows(
              AccessDeniedException.class,
              () -> calendars.add(day, WorkCalendarDay.Kind.HOLIDAY, "元旦", null));
        });
    AsUser.run(
        em,
        "admin",
        () -> {
          calendars.add(day, WorkCalendarDay.Kind.HOLIDAY, " 元旦 ", null);
          assertEquals(1, calendars.days(LeaveType.ANNUAL, day, friday));
          var twice =
              assertThrows(
                  BusinessException.class,
                  () -> calendars.add(day, WorkCalendarDay.Kind.HOLIDAY, "元旦", null));
          assertEquals("leave.calendar.dayTaken", twice.getMessageKey());
          var weekend =
              assertThrows(
                  BusinessException.class,
                  () -> calendars.add(day.plusDays(2), WorkCalendarDay.Kind.HOLIDAY, "元旦", null));
          assertEquals("leave.calendar.holidayOnWeekend", weekend.getMessageKey());
          var weekday =
              assertThrows(
                  BusinessException.class,
                  () -> calendars.add(friday, WorkCalendarDay.Kind.WORKDAY, "调休", null));
          assertEquals("leave.calendar.workdayOnWeekday", weekday.getMessageKey());
          var unnamed =
              assertThrows(
                  BusinessException.class,
                  () -> calendars.add(friday, WorkCalendarDay.Kind.HOLIDAY, " ", null));
          assertEquals("leave.calendar.nameRequired", unnamed.getMessageKey());
          var saturday = day.plusDays(2);
          calendars.add(saturday, WorkCalendarDay.Kind.WORKDAY, "元旦调休上班", "New Year, worked");
          assertEquals(2, calendars.days(LeaveType.ANNUAL, day, saturday));
          var listed = calendars.year(2099);
          assertEquals(List.of(day, saturday), listed.stream().map(d -> d.day()).toList());
          assertEquals("元旦", listed.get(0).nameZh());
          assertEquals("元旦", listed.get(0).nameEn(), "the Chinese name stands in for English");
          for (var d : listed) {
            calendars.remove(d.day(), d.version());
          }
          assertEquals(2, calendars.days(LeaveType.ANNUAL, day, saturday));
        });
    assertEquals(
        List.of("DELETE", "CREATE"),
        AsUser.auditOf(em, audit, "WorkCalendarDay", day).stream()
            .limit(2)
            .map(e -> e.getAction())
            .toList());
  }

  @Test
  void requestsBeyondWhatTheRulesAllowAreRefusedAndAWithdrawalGivesTheDaysBack() throws Exception {
    long officer = officerId(AsUser.policeNumber(em, "officer"));
    LocalDate[] days = freeWorkingDays(officer, 1);
    assumeTrue(days != null, "no free working day left this year");
    AsUser.run(
        em,
        "officer",
        () -> {
          BalanceView before = leaves.balance(officer, year);
          // a past working day: a weekend would be refused as holding no working day first
          LocalDate yesterday = today.minusDays(1);
          while (yesterday.getDayOfWeek() == DayOfWeek.SATURDAY
              || yesterday.getDayOfWeek() == DayOfWeek.SUNDAY) {
            yesterday = yesterday.minusDays(1);
          }
          LocalDate pastDay = yesterday;
          var past =
              assertThrows(BusinessException.class, () -> leaves.request(annual(pastDay, pastDay)));
          assertEquals(
              pastDay.getYear() == year ? "leave.request.past" : "leave.input.acrossYears",
              past.getMessageKey());
          var sick =
              assertThrows(
                  BusinessException.class,
                  () ->
                      leaves.request(
                          new LeaveInput(LeaveType.SICK, days[0], days[0], false, null)));
          assertEquals("leave.request.annualOnly", sick.getMessageKey());
          var backwards =
              assertThrows(
                  BusinessException.class,
                  () -> leaves.request(annual(days[0], days[0].minusDays(1))));
          assertEquals("leave.input.endBeforeStart", backwards.getMessageKey());
          LocalDate end = lastFreeDay(officer, days[0]);
          if (LeaveDaysBetween.working(days[0], end) > before.remaining()) {
            var over =
                assertThrows(BusinessException.class, () -> leaves.request(annual(days[0], end)));
            assertEquals("leave.request.overBalance", over.getMessageKey());
          }
          long id = leaves.request(annual(days[0], days[0]));
          assertEquals(before.pending() + 1, leaves.balance(officer, year).pending());
          leaves.withdraw(id, mine(officer, id).version());
          assertEquals(LeaveState.WITHDRAWN, mine(officer, id).state());
          assertEquals(before.remaining(), leaves.balance(officer, year).remaining());
          // another officer's leave is not the officer's to read
          var fixtures = new DemoFixtures(em);
          long colleague = fixtures.policeOfficerUnder(fixtures.otherCounty().getPath(), 0);
          assertThrows(AccessDeniedException.class, () -> leaves.of(colleague, year));
          assertThrows(AccessDeniedException.class, () -> leaves.balance(colleague, year));
        });
  }

  @Test
  void hrRecordsLongSickLeaveTheEntitlementLapsesAndAnotherCountyIsOutOfReach() throws Exception {
    var fixtures = new DemoFixtures(em);
    long inCounty = youngOfficerWithoutLeave(fixtures.county().getPath());
    long elsewhere = fixtures.policeOfficerUnder(fixtures.otherCounty().getPath(), 0);
    AsUser.run(
        em,
        "hr-county",
        () -> {
          BalanceView before = leaves.balance(inCounty, year);
          assertTrue(before.fullYears() >= 2 && before.fullYears() < 10, before.toString());
          LocalDate from = LocalDate.of(year, 1, 1);
          // two months (60 days) of sick leave: no annual leave this year (条例 art. 4)
          long id =
              leaves.record(
                  inCounty, new LeaveInput(LeaveType.SICK, from, from.plusDays(59), false, "住院"));
          BalanceView after = leaves.balance(inCounty, year);
          assertEquals("leave.excluded.sick", after.ruleKey());
          assertEquals(0, after.entitled());
          leaves.cancel(
              id,
              leaves.of(inCounty, year).stream()
                  .filter(r -> r.id() == id)
                  .findFirst()
                  .orElseThrow()
                  .version());
          assertEquals(before.entitled(), leaves.balance(inCounty, year).entitled());
          assertThrows(
              AccessDeniedException.class,
              () ->
                  leaves.record(
                      elsewhere, new LeaveInput(LeaveType.SICK, from, from, false, null)));
          assertThrows(AccessDeniedException.class, () -> leaves.of(elsewhere, year));
          assertFalse(
              leaves.search(year, null, 0, 500).stream().anyMatch(r -> r.officerId() == elsewhere));
        });
  }

  /**
   * HR's list reads a page's ids from the leave table alone and its count by another shape than the
   * page (issue 13): for city HR (the whole force, no unit condition) and county HR, every kind and
   * all kinds, the pages laid end to end are the scope's leave of the year newest first, exactly.
   */
  @Test
  void hrsLeaveListPagesAreTheScopesLeaveOfTheYearNewestFirst() throws Exception {
    var fixtures = new DemoFixtures(em);
    Map<String, String> scopes =
        Map.of("hr-city", fixtures.city().getPath(), "hr-county", fixtures.county().getPath());
    List<LeaveType> kinds = new ArrayList<>(Arrays.asList(LeaveType.values()));
    kinds.add(null);
    int checked = 0;
    for (var scope : scopes.entrySet()) {
      for (LeaveType kind : kinds) {
        var reference =
            em.createQuery(
                    "SELECT r.id FROM LeaveRecord r WHERE r.year = :y AND r.officer.unit.path"
                        + " LIKE :p"
                        + (kind == null ? "" : " AND r.type = :t")
                        + " ORDER BY r.startDate DESC, r.id DESC",
                    Long.class)
                .setParameter("y", year)
                .setParameter("p", scope.getValue() + "%");
        List<Long> expected =
            (kind == null ? reference : reference.setParameter("t", kind)).getResultList();
        List<Long> paged = new ArrayList<>();
        long[] count = new long[1];
        AsUser.run(
            em,
            scope.getKey(),
            () -> {
              count[0] = leaves.count(year, kind);
              for (int first = 0; first < expected.size() + 7; first += 7) {
                leaves.search(year, kind, first, 7).forEach(r -> paged.add(r.id()));
              }
            });
        String what = scope.getKey() + " " + kind;
        assertEquals(expected.size(), count[0], what);
        assertEquals(expected, paged, what);
        checked += expected.size();
      }
    }
    assertTrue(checked > 0, "the demo force has leave this year");
  }

  @Test
  void theRateSumsTheLedgerPerUnitAndTheUntakenNoticeGoesOncePerUnit() throws Exception {
    AsUser.run(
        em,
        "hr-city",
        () -> {
          List<LeaveRateRow> rows = rates.units(year, null);
          LeaveRateRow force = rows.get(0);
          assertFalse(force.child());
          long children =
              rows.stream().filter(LeaveRateRow::child).mapToLong(r -> r.rate().officers()).sum();
          assertTrue(force.rate().officers() >= children);
          Number entitled =
              (Number)
                  em.createNativeQuery(
                          "SELECT SUM(entitled_days) FROM leave_balance WHERE leave_year = ?1"
                              + " AND unit_id IS NOT NULL AND entitled_days > 0")
                      .setParameter(1, year)
                      .getSingleResult();
          assertEquals(entitled.longValue(), force.rate().entitledDays());
          assertEquals(force.rate().meets(rates.target()), force.meets());
          // the benchmark's floor gives the same answer by the least work
          var floor = rates.floor(year).values();
          assertEquals(force.rate().officers(), floor.stream().mapToLong(f -> f.get(0)).sum());
          assertEquals(force.rate().entitledDays(), floor.stream().mapToLong(f -> f.get(1)).sum());
          assertEquals(force.rate().takenDays(), floor.stream().mapToLong(f -> f.get(2)).sum());
          assertEquals(force.rate().fullyTaken(), floor.stream().mapToLong(f -> f.get(3)).sum());
          assertUnitSumsAreTheLedgers();
          long untaken = rates.countUntaken(year, null);
          assertTrue(untaken > 0, "the demo has officers who took nothing");
          assertEquals(Math.min(untaken, 20), rates.untaken(year, null, 0, 20).size());
          // the count, summed from the figures per unit, is the list's length, for the force and a
          // county
          for (String unit : Arrays.asList(null, new DemoFixtures(em).county().getCode())) {
            List<Long> listed = new ArrayList<>();
            for (int first = 0; ; first += LeaveRates.MAX_PAGE_SIZE) {
              var page = rates.untaken(year, unit, first, LeaveRates.MAX_PAGE_SIZE);
              page.forEach(r -> listed.add(r.officerId()));
              if (page.size() < LeaveRates.MAX_PAGE_SIZE) {
                break;
              }
            }
            assertEquals(listed.size(), rates.countUntaken(year, unit), "untaken in " + unit);
            assertEquals(listed.size(), new HashSet<>(listed).size(), "no one twice: " + unit);
            // the pages walked from the ledger alone are the joined list, by police number
            String path =
                unit == null
                    ? new DemoFixtures(em).city().getPath()
                    : new DemoFixtures(em).county().getPath();
            List<?> joined =
                em.createNativeQuery(
                        "SELECT o.id FROM leave_balance l JOIN officer o ON o.id = l.officer_id"
                            + " JOIN org_unit u ON u.id = l.unit_id WHERE l.leave_year = ?1"
                            + " AND l.entitled_days > 0 AND l.taken_days = 0 AND u.path LIKE ?2"
                            + " ORDER BY o.police_number")
                    .setParameter(1, year)
                    .setParameter(2, path + "%")
                    .getResultList();
            assertEquals(
                joined.stream().map(id -> ((Number) id).longValue()).toList(),
                listed,
                "untaken in " + unit);
          }
          int told = rates.notifyLeaders(year, null);
          assertTrue(told >= 0);
          assertEquals(0, rates.notifyLeaders(year, null), "once per unit and year");
        });
    AsUser.run(
        em,
        "officer",
        () -> assertThrows(AccessDeniedException.class, () -> rates.units(year, null)));
  }

  /**
   * The leave rate's figures kept in step per unit (leave_unit_sums) are the ledger's own, unit by
   * unit, this year and last; run as city HR.
   */
  private void assertUnitSumsAreTheLedgers() {
    for (int y : List.of(year - 1, year)) {
      Map<Long, List<Long>> kept = new java.util.TreeMap<>();
      for (Object row :
          em.createNativeQuery(
                  "SELECT unit_id, officers, entitled_days, taken_days, fully_taken"
                      + " FROM leave_unit_sums WHERE leave_year = ?1 AND officers > 0")
              .setParameter(1, y)
              .getResultList()) {
        Object[] r = (Object[]) row;
        kept.put(
            ((Number) r[0]).longValue(),
            java.util.Arrays.stream(r, 1, 5).map(v -> ((Number) v).longValue()).toList());
      }
      assertEquals(rates.floor(y), kept, "year " + y);
      Number untakenRows =
          (Number)
              em.createNativeQuery(
                      "SELECT COUNT(*) FROM leave_balance WHERE leave_year = ?1"
                          + " AND unit_id IS NOT NULL AND entitled_days > 0 AND taken_days = 0")
                  .setParameter(1, y)
                  .getSingleResult();
      assertEquals(untakenRows.longValue(), rates.countUntaken(y, null), "year " + y);
    }
  }

  private LeaveRow mine(long officer, long id) {
    return leaves.of(officer, year).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  private static LeaveInput annual(LocalDate from, LocalDate to) {
    return new LeaveInput(LeaveType.ANNUAL, from, to, false, "探亲");
  }

  /**
   * Consecutive working days from tomorrow on, this year, that no held leave of the officer covers.
   */
  private LocalDate[] freeWorkingDays(long officer, int count) {
    LocalDate day = today.plusDays(1);
    while (day.getYear() == year) {
      LocalDate end = day.plusDays(count - 1);
      boolean working = true;
      for (LocalDate d = day; !d.isAfter(end); d = d.plusDays(1)) {
        working &= d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
      }
      if (working && end.getYear() == year && free(officer, day, end)) {
        return new LocalDate[] {day, end};
      }
      day = day.plusDays(1);
    }
    return null;
  }

  /** The last day of this year up to which the officer holds no leave from {@code from} on. */
  private LocalDate lastFreeDay(long officer, LocalDate from) {
    LocalDate end = from;
    while (end.plusDays(1).getYear() == year && free(officer, from, end.plusDays(1))) {
      end = end.plusDays(1);
    }
    return end;
  }

  private boolean free(long officer, LocalDate from, LocalDate to) {
    Number held =
        (Number)
            em.createNativeQuery(
                    "SELECT COUNT(*) FROM leave_record WHERE officer_id = ?1 AND state IN"
                        + " ('REQUESTED', 'APPROVED') AND start_date <= ?2 AND end_date >= ?3")
                .setParameter(1, officer)
                .setParameter(2, java.sql.Date.valueOf(to))
                .setParameter(3, java.sql.Date.valueOf(from))
                .getSingleResult();
    return held.longValue() == 0;
  }

  /** A serving police officer of 2 to 9 years' work with no leave this year. */
  private long youngOfficerWithoutLeave(String path) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT o.id FROM officer o JOIN org_unit u ON u.id = o.unit_id"
                        + " WHERE u.path LIKE ?1 AND o.category = 'POLICE' AND o.status = 'ON_DUTY'"
                        + " AND o.first_employment_date BETWEEN ?2 AND ?3"
                        + " AND (o.police_join_date IS NULL OR o.police_join_date <= ?3)"
                        + " AND NOT EXISTS (SELECT 1 FROM leave_record r WHERE r.officer_id = o.id"
                        + " AND r.leave_year = ?4) ORDER BY o.police_number")
                .setParameter(1, path + "%")
                .setParameter(2, java.sql.Date.valueOf(LocalDate.of(year - 8, 1, 1)))
                .setParameter(3, java.sql.Date.valueOf(LocalDate.of(year - 3, 1, 1)))
                .setParameter(4, year)
                .setMaxResults(1)
                .getSingleResult())
        .longValue();
  }

  private long officerId(String policeNumber) {
    return ((Number)
            em.createNativeQuery("SELECT id FROM officer WHERE police_number = ?1")
                .setParameter(1, policeNumber)
                .getSingleResult())
        .longValue();
  }

  /** Working days between two dates, counted here independently of the service's rule. */
  static final class LeaveDaysBetween {
    static int working(LocalDate from, LocalDate to) {
      int n = 0;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          n++;
        }
      }
      return n;
    }
  }
}
