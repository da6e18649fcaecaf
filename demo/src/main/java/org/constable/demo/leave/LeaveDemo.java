package org.constable.demo.leave;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.constable.demo.CapabilityDemo;
import org.constable.demo.DemoContext;
import org.constable.demo.SequenceIds;
import org.constable.leave.Entitlement;
import org.constable.leave.EntitlementRule;
import org.constable.leave.LeaveLedger;
import org.constable.leave.LeavePolicy;
import org.constable.leave.LeaveYear;
import org.constable.leave.WorkCalendar;

/**
 * A year of leave for the serving police: most took some or all of their annual leave in weeks
 * before today, a quarter none (the untaken list), a few sick or personal leave; last year's leave
 * for every third, so that some carry days over; three requests in the demo leader's unit awaiting
 * its decision; the ledger row of every officer for this year. The demo officer took one week.
 */
@Dependent
public class LeaveDemo implements CapabilityDemo {

  private static final Logger LOG = Logger.getLogger(LeaveDemo.class.getName());

  private SequenceIds ids;
  private WorkCalendar calendar;

  @Override
  public int order() {
    return 26;
  }

  @Override
  public void write(DemoContext context) {
    Connection c = context.em().unwrap(Connection.class);
    SplittableRandom random = context.random("leave");
    LocalDate today = context.today();
    int year = today.getYear();
    var rule = new EntitlementRule(LeavePolicy.defaults());
    ids = new SequenceIds(c, "leave_seq");
    calendar = calendar(c);
    long leaderUnit =
        SequenceIds.firstId(
            c,
            "SELECT o.unit_id FROM account a JOIN officer o ON o.id = a.officer_id"
                + " JOIN account_role r ON r.account_id = a.id WHERE r.role_code = 'LEADER' ORDER BY a.id");
    long leader =
        SequenceIds.firstId(
            c,
            "SELECT a.officer_id FROM account a JOIN account_role r"
                + " ON r.account_id = a.id WHERE r.role_code = 'LEADER' ORDER BY a.id");
    long demoOfficer =
        SequenceIds.firstId(
            c,
            "SELECT a.officer_id FROM account a WHERE NOT EXISTS (SELECT 1 FROM"
                + " account_role r WHERE r.account_id = a.id AND r.role_code <> 'OFFICER') ORDER BY a.id");
    int records = 0;
    int rows = 0;
    int pendingLeft = 3;
    try (PreparedStatement officers =
            c.prepareStatement(
                "SELECT o.id, o.unit_id, o.first_employment_date, o.police_join_date FROM officer o"
                    + " WHERE o.category = 'POLICE' AND o.status IN ('ON_DUTY', 'OFF_POST_TRAINING',"
                    + " 'SICK_LEAVE') ORDER BY o.id");
        PreparedStatement leave =
            c.prepareStatement(
                "INSERT INTO leave_record (id, officer_id, leave_type, leave_year, start_date, end_date,"
                    + " days, pay_deducted, reason, state, requested_at, requested_by, decided_at,"
                    + " version) VALUES (?, ?, ?, ?, ?, ?, ?, 0, NULL, ?, ?, NULL, ?, 0)");
        PreparedStatement balance =
            c.prepareStatement(
                "INSERT INTO leave_balance (officer_id, leave_year, unit_id, entitled_days,"
                    + " carried_days, taken_days, pending_days, full_years, rule_key, rule_args,"
                    + " computed_at, police_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " (SELECT o.police_number FROM officer o WHERE o.id = ?))");
        ResultSet o = officers.executeQuery()) {
      Timestamp now = Timestamp.valueOf(context.now());
      while (o.next()) {
        long id = o.getLong(1);
        long unit = o.getLong(2);
        LocalDate first = o.getDate(3) == null ? null : o.getDate(3).toLocalDate();
        LocalDate joined = o.getDate(4) == null ? first : o.getDate(4).toLocalDate();
        if (joined == null) {
          continue;
        }
        Period earlier =
            first != null && first.isBefore(joined) ? Period.between(first, joined) : Period.ZERO;
        int carried = 0;
        if (id % 3 == 0) {
          Entitlement last = rule.apply(new LeaveYear(year - 1, joined, earlier, 0, 0, 0));
          int takenLast = last.days() == 0 ? 0 : random.nextInt(last.days() + 1);
          records +=
              weeks(leave, id, year - 1, takenLast, LocalDate.of(year - 1, 12, 24), random, now);
          row(balance, id, year - 1, unit, last, 0, takenLast, 0, now);
          rows++;
          carried = Math.max(0, last.days() - takenLast);
        }
        int sick = random.nextInt(20) == 0 ? 3 + random.nextInt(18) : 0;
        if (sick > 0) {
          LocalDate from =
              LocalDate.of(year, 1 + random.nextInt(Math.max(1, today.getMonthValue() - 1)), 3);
          add(leave, id, "SICK", year, from, from.plusDays(sick - 1), sick, "APPROVED", now);
          records++;
        }
        Entitlement entitlement = rule.apply(new LeaveYear(year, joined, earlier, 0, sick, 0));
        int e = entitlement.days();
        int taken;
        if (id == demoOfficer) {
          taken = Math.min(5, e);
        } else {
          int r = random.nextInt(100);
          taken = e == 0 || r < 25 ? 0 : (r < 70 ? e : 1 + random.nextInt(e));
        }
        records += weeks(leave, id, year, taken, today.minusDays(7), random, now);
        int pending = 0;
        if (unit == leaderUnit
            && id != leader
            && id != demoOfficer
            && pendingLeft > 0
            && e - taken >= 2) {
          LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
          if (monday.getYear() == year && calendar.workingDays(monday, monday.plusDays(1)) == 2) {
            add(leave, id, "ANNUAL", year, monday, monday.plusDays(1), 2, "REQUESTED", now);
            records++;
            pending = 2;
            pendingLeft--;
          }
        }
        row(balance, id, year, unit, entitlement, carried, taken, pending, now);
        rows++;
        if (rows % 1000 == 0) {
          leave.executeBatch();
          balance.executeBatch();
        }
      }
      leave.executeBatch();
      balance.executeBatch();
      try (var sums = c.createStatement()) {
        for (String statement : LeaveLedger.unitSumsAfresh()) {
          sums.executeUpdate(statement);
        }
      }
      LOG.info(String.format("Leave demo: %d leave records, %d ledger rows", records, rows));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the leave demo", e);
    }
  }

  /**
   * Annual leave of {@code days} working days, in whole weeks from Monday, before {@code until}.
   */
  private int weeks(
      PreparedStatement leave,
      long officer,
      int year,
      int days,
      LocalDate until,
      SplittableRandom random,
      Timestamp now)
      throws SQLException {
    int written = 0;
    LocalDate monday =
        LocalDate.of(year, 1, 1)
            .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY))
            .plusWeeks(1 + random.nextInt(6));
    while (days > 0 && monday.plusDays(4).isBefore(until)) {
      // a week with a public holiday in it would count fewer days: the next one is taken
      if (calendar.workingDays(monday, monday.plusDays(4)) < 5) {
        monday = monday.plusWeeks(1);
        continue;
      }
      int d = Math.min(5, days);
      add(leave, officer, "ANNUAL", year, monday, monday.plusDays(d - 1), d, "APPROVED", now);
      written++;
      days -= d;
      monday = monday.plusWeeks(4 + random.nextInt(8));
    }
    return written;
  }

  private void add(
      PreparedStatement leave,
      long officer,
      String type,
      int year,
      LocalDate from,
      LocalDate to,
      int days,
      String state,
      Timestamp now)
      throws SQLException {
    leave.setLong(1, ids.next());
    leave.setLong(2, officer);
    leave.setString(3, type);
    leave.setInt(4, year);
    leave.setDate(5, Date.valueOf(from));
    leave.setDate(6, Date.valueOf(to));
    leave.setInt(7, days);
    leave.setString(8, state);
    leave.setTimestamp(9, now);
    leave.setTimestamp(10, "APPROVED".equals(state) ? now : null);
    leave.addBatch();
  }

  private static void row(
      PreparedStatement balance,
      long officer,
      int year,
      long unit,
      Entitlement e,
      int carried,
      int taken,
      int pending,
      Timestamp now)
      throws SQLException {
    balance.setLong(1, officer);
    balance.setLong(12, officer);
    balance.setInt(2, year);
    balance.setLong(3, unit);
    balance.setInt(4, e.days());
    balance.setInt(5, carried);
    balance.setInt(6, taken);
    balance.setInt(7, pending);
    balance.setInt(8, e.fullYears());
    balance.setString(9, e.reasonKey());
    balance.setString(10, String.join("|", e.args().stream().map(String::valueOf).toList()));
    balance.setTimestamp(11, now);
    balance.addBatch();
  }

  /** The holiday arrangement the migrations seeded, as the leave service counts days by it. */
  private static WorkCalendar calendar(Connection c) {
    java.util.Set<LocalDate> holidays = new java.util.HashSet<>();
    java.util.Set<LocalDate> worked = new java.util.HashSet<>();
    try (var days = c.createStatement();
        var rows = days.executeQuery("SELECT calendar_day, day_kind FROM work_calendar_day")) {
      while (rows.next()) {
        ("HOLIDAY".equals(rows.getString(2)) ? holidays : worked)
            .add(rows.getDate(1).toLocalDate());
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the holiday arrangement", e);
    }
    return new WorkCalendar(holidays, worked);
  }
}
