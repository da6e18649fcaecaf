package org.constable.demo.recuperation;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.constable.demo.CapabilityDemo;
import org.constable.demo.DemoContext;
import org.constable.demo.SequenceIds;

/**
 * Recuperation in every state: last year's group of 临河区公安分局 (gone or declined with a reason), a
 * city-wide group earlier this year (most gone, some declined, two not yet recorded), and an
 * upcoming group of the county with chosen members, the demo officer among them; an attended stay
 * is a leave record. About two in five officers with a chronic condition consented that it counts,
 * the demo officer among them.
 */
@Dependent
public class RecuperationDemo implements CapabilityDemo {

  private static final Logger LOG = Logger.getLogger(RecuperationDemo.class.getName());
  private static final String COUNTY = "临河区公安分局";
  private static final List<String> DECLINED = List.of("案件侦办任务重，无法脱岗", "家中老人住院", "本人身体原因");

  private SequenceIds ids;
  private SequenceIds leaveIds;
  private Connection c;
  private Timestamp now;

  @Override
  public int order() {
    return 30;
  }

  @Override
  public void write(DemoContext context) {
    c = context.em().unwrap(Connection.class);
    SplittableRandom random = context.random("recuperation");
    LocalDate today = context.today();
    int year = today.getYear();
    now = Timestamp.valueOf(context.now());
    try {
      ids = new SequenceIds(c, "recuperation_seq");
      leaveIds = new SequenceIds(c, "leave_seq");
      long demoOfficer =
          SequenceIds.firstId(
              c,
              "SELECT a.officer_id FROM account a WHERE NOT EXISTS (SELECT 1 FROM"
                  + " account_role r WHERE r.account_id = a.id AND r.role_code <> 'OFFICER')"
                  + " ORDER BY a.id");
      int consents = consents(random, demoOfficer);
      long county =
          SequenceIds.firstId(c, "SELECT id FROM org_unit WHERE name_zh = '" + COUNTY + "'");
      long city = SequenceIds.firstId(c, "SELECT id FROM org_unit WHERE parent_id IS NULL");

      LocalDate lastFrom = LocalDate.of(year - 1, 6, 8);
      int members =
          group(county, (year - 1) + "年第一期疗休养", "阿尔山疗养院", lastFrom, 7, 20, 12, 3, random, -1);
      LocalDate thisFrom = LocalDate.of(year, 9, 14);
      if (thisFrom.plusDays(7).isBefore(today)) {
        members += group(city, year + "年第一期疗休养", "北戴河公安疗养院", thisFrom, 7, 25, 15, 3, random, -1);
      }
      LocalDate nextFrom = today.plusDays(14);
      if (nextFrom.plusDays(6).getYear() != nextFrom.getYear()) {
        nextFrom = LocalDate.of(nextFrom.getYear() + 1, 1, 10);
      }
      members +=
          group(
              county,
              nextFrom.getYear() + "年第" + (nextFrom.getYear() == year ? "二" : "一") + "期疗休养",
              "呼伦贝尔公安疗养院",
              nextFrom,
              7,
              30,
              0,
              0,
              random,
              demoOfficer);
      LOG.info(
          String.format(
              "Recuperation demo: 3 groups, %d members, %d health consents", members, consents));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the recuperation demo", e);
    }
  }

  /**
   * Consent for about two in five officers whose checks found a condition, and the demo officer.
   */
  private int consents(SplittableRandom random, long demoOfficer) throws SQLException {
    List<Long> withCondition = new ArrayList<>();
    try (var s = c.createStatement();
        var rows =
            s.executeQuery(
                "SELECT DISTINCT h.officer_id FROM health_check h JOIN health_check_condition x"
                    + " ON x.check_id = h.id ORDER BY h.officer_id")) {
      while (rows.next()) {
        withCondition.add(rows.getLong(1));
      }
    }
    int written = 0;
    try (PreparedStatement consent =
        c.prepareStatement(
            "INSERT INTO health_consent (officer_id, consented, changed_at, version)"
                + " VALUES (?, 1, ?, 0)")) {
      for (long officer : withCondition) {
        if (officer == demoOfficer || random.nextInt(5) < 2) {
          consent.setLong(1, officer);
          consent.setTimestamp(2, now);
          consent.addBatch();
          written++;
        }
      }
      consent.executeBatch();
    }
    return written;
  }

  /**
   * A group of {@code days} days for the unit with the given places: its first members (police
   * officers on duty with no leave over those days, a deterministic draw) gone, then declined, the
   * rest of them chosen; {@code extra}, if not -1, chosen as well.
   */
  private int group(
      long unit,
      String name,
      String place,
      LocalDate from,
      int days,
      int places,
      int attended,
      int declined,
      SplittableRandom random,
      long extra)
      throws SQLException {
    LocalDate to = from.plusDays(days - 1);
    long group = ids.next();
    try (PreparedStatement g =
        c.prepareStatement(
            "INSERT INTO recuperation_group (id, unit_id, name, place, start_date, end_date, places,"
                + " created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      g.setLong(1, group);
      g.setLong(2, unit);
      g.setString(3, name);
      g.setString(4, place);
      g.setDate(5, Date.valueOf(from));
      g.setDate(6, Date.valueOf(to));
      g.setInt(7, places);
      g.setTimestamp(8, now);
      g.executeUpdate();
    }
    List<long[]> chosen = draw(unit, from, to, places - 5, random);
    if (extra != -1 && chosen.stream().noneMatch(o -> o[0] == extra)) {
      chosen.add(0, new long[] {extra, 0});
    }
    try (PreparedStatement member =
            c.prepareStatement(
                "INSERT INTO recuperation_member (id, group_id, officer_id, state, health_reason,"
                    + " front_years, note, leave_id, selected_at, version)"
                    + " VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, 0)");
        PreparedStatement leave =
            c.prepareStatement(
                "INSERT INTO leave_record (id, officer_id, leave_type, leave_year, start_date,"
                    + " end_date, days, pay_deducted, reason, state, requested_at, decided_at,"
                    + " version) VALUES (?, ?, 'RECUPERATION', ?, ?, ?, ?, 0, ?, 'APPROVED', ?, ?, 0)")) {
      for (int i = 0; i < chosen.size(); i++) {
        long officer = chosen.get(i)[0];
        String state =
            i < attended ? "ATTENDED" : i < attended + declined ? "DECLINED" : "SELECTED";
        Long leaveId = null;
        if (state.equals("ATTENDED")) {
          leaveId = leaveIds.next();
          leave.setLong(1, leaveId);
          leave.setLong(2, officer);
          leave.setInt(3, from.getYear());
          leave.setDate(4, Date.valueOf(from));
          leave.setDate(5, Date.valueOf(to));
          leave.setInt(6, (int) ChronoUnit.DAYS.between(from, to) + 1);
          leave.setString(7, name + " · " + place);
          leave.setTimestamp(8, now);
          leave.setTimestamp(9, now);
          leave.addBatch();
        }
        member.setLong(1, ids.next());
        member.setLong(2, group);
        member.setLong(3, officer);
        member.setString(4, state);
        member.setInt(5, (int) chosen.get(i)[1]);
        member.setString(6, state.equals("DECLINED") ? DECLINED.get(i % DECLINED.size()) : null);
        if (leaveId == null) {
          member.setNull(7, java.sql.Types.BIGINT);
        } else {
          member.setLong(7, leaveId);
        }
        member.setTimestamp(8, now);
        member.addBatch();
      }
      leave.executeBatch();
      member.executeBatch();
    }
    return chosen.size();
  }

  /** Officers of the unit free over the days, with their front-line years: a deterministic draw. */
  private List<long[]> draw(
      long unit, LocalDate from, LocalDate to, int count, SplittableRandom random)
      throws SQLException {
    List<long[]> free = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT o.id, CASE WHEN o.front_line = 1 AND o.police_join_date IS NOT NULL THEN "
                + from.getYear()
                + " - EXTRACT(YEAR FROM o.police_join_date) ELSE 0 END"
                + " FROM officer o JOIN org_unit u ON u.id = o.unit_id"
                + " WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'"
                + " AND o.category = 'POLICE' AND o.status = 'ON_DUTY'"
                + " AND NOT EXISTS (SELECT 1 FROM leave_record r WHERE r.officer_id = o.id"
                + " AND r.start_date <= ? AND r.end_date >= ?) ORDER BY o.id")) {
      q.setLong(1, unit);
      q.setDate(2, Date.valueOf(to));
      q.setDate(3, Date.valueOf(from));
      try (var rows = q.executeQuery()) {
        while (rows.next()) {
          free.add(new long[] {rows.getLong(1), Math.max(0, rows.getLong(2))});
        }
      }
    }
    List<long[]> chosen = new ArrayList<>();
    while (chosen.size() < count && !free.isEmpty()) {
      chosen.add(free.remove(random.nextInt(free.size())));
    }
    return chosen;
  }
}
