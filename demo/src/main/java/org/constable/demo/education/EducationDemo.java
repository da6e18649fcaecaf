package org.constable.demo.education;

import jakarta.enterprise.context.Dependent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import org.constable.demo.CapabilityDemo;
import org.constable.demo.DemoContext;
import org.constable.education.ClaimState;
import org.constable.education.Outcome;
import org.constable.education.Programme;
import org.constable.education.ReimbursementCase;
import org.constable.education.ReimbursementPolicy;
import org.constable.education.ReimbursementResult;
import org.constable.education.ReimbursementRule;
import org.constable.personnel.Education;

/**
 * Upgrade enrolments for a sample of the force, of every programme and outcome, some still under
 * way; claims for the ended ones in every state (filed, approved, overridden, rejected, paid), the
 * share computed by the policy's rule with its defaults; the demo officer's own: a paid claim and a
 * programme under way; judicial exam awards for a few holders of the legal qualification.
 */
@Dependent
public class EducationDemo implements CapabilityDemo {

  private static final Logger LOG = Logger.getLogger(EducationDemo.class.getName());
  private static final byte[] RECEIPT =
      "%PDF-1.4\n% 学费票据 demo\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
  private static final String[] SCHOOLS = {"内蒙古大学", "河套学院", "中国人民公安大学", "内蒙古警察职业学院"};
  private static final ClaimState[] STATES = ClaimState.values();

  private record Sampled(
      long id,
      String unitCode,
      LocalDate born,
      String grade,
      Integer gradeOrder,
      Education education) {}

  @Override
  public int order() {
    return 24;
  }

  @Override
  public void write(DemoContext context) {
    Connection connection = context.em().unwrap(Connection.class);
    SplittableRandom random = context.random("education");
    LocalDate today = context.today();
    var rule = new ReimbursementRule(ReimbursementPolicy.defaults());
    try {
      List<Sampled> sample = sample(connection);
      int claims = 0;
      for (int i = 0; i < sample.size(); i++) {
        Sampled o = sample.get(i);
        Programme programme = programmeFor(o, i);
        Outcome outcome = i % 5 == 4 ? null : Outcome.values()[i % Outcome.values().length];
        LocalDate start =
            today
                .minusYears(programme == Programme.ASSOCIATE ? 3 : 4)
                .plusDays(random.nextInt(300));
        LocalDate end = start.plusYears(programme == Programme.ASSOCIATE ? 2 : 3);
        BigDecimal tuition = new BigDecimal(6000 + 500 * random.nextInt(30));
        long enrolment =
            enrolment(
                connection,
                context,
                o.id(),
                programme,
                start,
                end,
                tuition,
                outcome,
                outcome == null ? null : (end.isAfter(today) ? today : end));
        if (outcome != null) {
          ReimbursementResult result =
              rule.apply(
                  new ReimbursementCase(
                      programme, outcome, o.born(), start, o.gradeOrder(), o.education(), tuition));
          ClaimState state = STATES[claims % STATES.length];
          if (state != ClaimState.FILED && state != ClaimState.REJECTED && !result.covered()) {
            state = claims % 2 == 0 ? ClaimState.REJECTED : ClaimState.FILED;
          }
          claim(connection, context, enrolment, o, tuition, result, state, claims % 7 == 3);
          claims++;
        }
      }
      awards(connection, context, today);
      LOG.info(String.format("Education demo: %d enrolments, %d claims", sample.size(), claims));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the education demo", e);
    }
  }

  private static Programme programmeFor(Sampled o, int i) {
    if (o.education().isBelowAssociate()) {
      return Programme.ASSOCIATE;
    }
    return o.education() == Education.ASSOCIATE
        ? Programme.BACHELOR
        : (i % 9 == 0 ? Programme.DOCTOR : Programme.MASTER);
  }

  /**
   * Every 25th serving police officer, and the demo officer log-in (an account with no other role).
   */
  private static List<Sampled> sample(Connection connection) throws SQLException {
    List<Sampled> out = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "SELECT o.id, u.code, o.birth_date, o.grade_code, g.sort_order, o.education,"
                    + " (SELECT COUNT(*) FROM account a WHERE a.officer_id = o.id AND NOT EXISTS"
                    + " (SELECT 1 FROM account_role r WHERE r.account_id = a.id AND r.role_code <> 'OFFICER'))"
                    + " FROM officer o JOIN org_unit u ON u.id = o.unit_id"
                    + " LEFT JOIN reference_item g ON g.list_code = 'GRADE' AND g.code = o.grade_code"
                    + " WHERE o.category = 'POLICE' AND o.status = 'ON_DUTY' ORDER BY o.id");
        ResultSet rows = query.executeQuery()) {
      int n = 0;
      while (rows.next()) {
        boolean demoOfficer = rows.getLong(7) > 0;
        if (n++ % 25 == 0 || demoOfficer) {
          int order = rows.getInt(5);
          Integer gradeOrder = rows.wasNull() ? null : order;
          out.add(
              new Sampled(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getDate(3).toLocalDate(),
                  rows.getString(4),
                  gradeOrder,
                  Education.valueOf(rows.getString(6))));
        }
      }
    }
    return out;
  }

  private static long enrolment(
      Connection c,
      DemoContext context,
      long officer,
      Programme programme,
      LocalDate start,
      LocalDate end,
      BigDecimal tuition,
      Outcome outcome,
      LocalDate outcomeOn)
      throws SQLException {
    long id = nextId(c);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO education_enrolment (id, officer_id, programme, school, major, study_mode,"
                + " started_on, planned_end, tuition, outcome, outcome_on, recorded_at, version)"
                + " VALUES (?, ?, ?, ?, ?, 'PART_TIME', ?, ?, ?, ?, ?, ?, 0)")) {
      insert.setLong(1, id);
      insert.setLong(2, officer);
      insert.setString(3, programme.name());
      insert.setString(4, SCHOOLS[(int) (officer % SCHOOLS.length)]);
      insert.setString(5, "法学");
      insert.setDate(6, Date.valueOf(start));
      insert.setDate(7, Date.valueOf(end));
      insert.setBigDecimal(8, tuition);
      insert.setString(9, outcome == null ? null : outcome.name());
      insert.setDate(10, outcomeOn == null ? null : Date.valueOf(outcomeOn));
      insert.setTimestamp(11, Timestamp.valueOf(context.now()));
      insert.executeUpdate();
    }
    return id;
  }

  private static void claim(
      Connection c,
      DemoContext context,
      long enrolment,
      Sampled o,
      BigDecimal tuition,
      ReimbursementResult result,
      ClaimState state,
      boolean overridden)
      throws SQLException {
    boolean decided = state != ClaimState.FILED;
    boolean approved = state == ClaimState.APPROVED || state == ClaimState.PAID;
    boolean override = approved && (overridden || !result.covered());
    BigDecimal percent = override ? new BigDecimal("60") : result.percent();
    BigDecimal amount =
        tuition.multiply(percent).divide(new BigDecimal("100"), 2, java.math.RoundingMode.HALF_UP);
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO education_claim (id, enrolment_id, officer_id, state, tuition, rule_key,"
                + " rule_percent, rule_amount, age_on_start, grade_on_start, education_on_start,"
                + " receipt, receipt_name, receipt_type, filed_at, approved_percent, approved_amount,"
                + " overridden, justification, reject_reason, decided_at, paid_amount, paid_on,"
                + " paying_unit_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '学费票据.pdf',"
                + " 'application/pdf', ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " (SELECT o.unit_id FROM officer o WHERE o.id = ?), 0)")) {
      insert.setLong(1, nextId(c));
      insert.setLong(2, enrolment);
      insert.setLong(3, o.id());
      insert.setString(4, state.name());
      insert.setBigDecimal(5, tuition);
      insert.setString(6, result.ruleKey());
      insert.setBigDecimal(7, result.percent());
      insert.setBigDecimal(8, result.amount());
      insert.setInt(9, (Integer) result.reasonArguments().get(0));
      insert.setString(10, o.grade());
      insert.setString(11, o.education().name());
      insert.setBytes(12, RECEIPT);
      insert.setTimestamp(13, Timestamp.valueOf(context.now().minusDays(20)));
      insert.setBigDecimal(14, approved ? percent : null);
      insert.setBigDecimal(15, approved ? amount : null);
      insert.setInt(16, override ? 1 : 0);
      insert.setString(17, override ? "经局党委会研究，按60%报销" : null);
      insert.setString(18, state == ClaimState.REJECTED ? "票据与学校收费标准不符，请补充材料" : null);
      insert.setTimestamp(19, decided ? Timestamp.valueOf(context.now().minusDays(10)) : null);
      insert.setBigDecimal(20, state == ClaimState.PAID ? amount : null);
      insert.setDate(
          21, state == ClaimState.PAID ? Date.valueOf(context.today().minusDays(3)) : null);
      if (state == ClaimState.PAID) {
        insert.setLong(22, o.id());
      } else {
        insert.setLong(22, -1);
      }
      insert.executeUpdate();
    }
  }

  /** An award for a few holders of the legal qualification, in each state. */
  private static void awards(Connection c, DemoContext context, LocalDate today)
      throws SQLException {
    List<long[]> holders = new ArrayList<>();
    try (PreparedStatement query =
            c.prepareStatement(
                "SELECT officer_id, MIN(id) FROM officer_certificate WHERE type_code = 'LEGAL_PRO'"
                    + " GROUP BY officer_id ORDER BY officer_id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next() && holders.size() < 9) {
        holders.add(new long[] {rows.getLong(1), rows.getLong(2)});
      }
    }
    String[] states = {"RAISED", "APPROVED", "PAID"};
    for (int i = 0; i < holders.size(); i++) {
      String state = states[i % 3];
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO education_award (id, officer_id, certificate_id, passed_on, amount, state,"
                  + " raised_at, decided_at, paid_on, paying_unit_id, version) VALUES (?, ?, ?, ?,"
                  + " 2000, ?, ?, ?, ?, (SELECT o.unit_id FROM officer o WHERE o.id = ? AND ? = 'PAID'), 0)")) {
        insert.setLong(1, nextId(c));
        insert.setLong(2, holders.get(i)[0]);
        insert.setLong(3, holders.get(i)[1]);
        insert.setDate(4, Date.valueOf(today.minusMonths(2 + i)));
        insert.setString(5, state);
        insert.setTimestamp(6, Timestamp.valueOf(context.now().minusDays(30)));
        insert.setTimestamp(
            7, "RAISED".equals(state) ? null : Timestamp.valueOf(context.now().minusDays(5)));
        insert.setDate(8, "PAID".equals(state) ? Date.valueOf(today.minusDays(2)) : null);
        insert.setLong(9, holders.get(i)[0]);
        insert.setString(10, state);
        insert.executeUpdate();
      }
    }
  }

  /** An id of the entities' sequence: a value V stands for V - 49 to V; one block per row here. */
  private static long nextId(Connection connection) throws SQLException {
    try (PreparedStatement next =
            connection.prepareStatement("SELECT education_seq.NEXTVAL FROM dual");
        ResultSet row = next.executeQuery()) {
      row.next();
      return row.getLong(1) - 49;
    }
  }
}
