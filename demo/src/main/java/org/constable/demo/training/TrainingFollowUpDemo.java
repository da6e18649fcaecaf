package org.constable.demo.training;

import jakarta.enterprise.context.Dependent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.logging.Logger;
import org.constable.demo.CapabilityDemo;
import org.constable.demo.DemoContext;
import org.constable.training.ExternalStatus;
import org.constable.training.StaffRole;

/**
 * What follows the training history, written set by set in the database: the trainees' ratings of
 * their instructors (评教), training done elsewhere (approved and credited, awaiting HR's review,
 * sent back), and the units' budgets against the 5% floor. Officers behind the log-ins are left
 * alone, so that the browser walk-through starts from a clean slate.
 */
@Dependent
public class TrainingFollowUpDemo implements CapabilityDemo {

  private static final Logger LOG = Logger.getLogger(TrainingFollowUpDemo.class.getName());
  private static final String COUNTY = "临河区公安分局";

  /** A one-page PDF that says what it is: the proof of every demo record. */
  static final byte[] PROOF =
      ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
              + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
              + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 420 200]/Contents 4 0 R"
              + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
              + "4 0 obj<</Length 60>>stream\nBT /F1 18 Tf 30 100 Td (Demo certificate of completion) Tj ET\n"
              + "endstream endobj\n5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
              + "trailer<</Root 1 0 R>>\n%%EOF\n")
          .getBytes(StandardCharsets.US_ASCII);

  @Override
  public int order() {
    return 21;
  }

  @Override
  public void write(DemoContext context) {
    long started = System.nanoTime();
    Connection connection = context.em().unwrap(Connection.class);
    LocalDate today = context.today();
    try {
      int ratings = ratings(connection, today);
      int external = external(connection, today, context);
      int budgets = budgets(connection, today);
      LOG.info(
          String.format(
              "Training follow-up demo: %d ratings, %d training elsewhere, %d budgets in %d ms",
              ratings, external, budgets, (System.nanoTime() - started) / 1_000_000));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write the training follow-up demo", e);
    }
  }

  /** Three trainees in five rate each instructor of a session that has ended; marks 2 to 5. */
  private static int ratings(Connection connection, LocalDate today) throws SQLException {
    String rated =
        "SELECT DISTINCT a.session_id, a.officer_id FROM training_attendance a"
            + " JOIN training_session s ON s.id = a.session_id"
            + " WHERE a.confirmed = 1 AND s.end_date < ? AND MOD(a.officer_id + a.session_id, 5) < 3"
            + " AND NOT EXISTS (SELECT 1 FROM account x WHERE x.officer_id = a.officer_id)";
    int written;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO training_evaluation (id, session_id, instructor_id, content_score,"
                + " method_score, overall_score, remark)"
                + " SELECT training_seq.NEXTVAL, r.session_id, st.instructor_id,"
                + " 3 + MOD(r.officer_id + st.instructor_id, 3),"
                + " 2 + MOD(r.officer_id * 7 + st.instructor_id, 4),"
                + " CASE WHEN MOD(st.instructor_id, 7) = 0 THEN 2 + MOD(r.officer_id, 3)"
                + " ELSE 3 + MOD(r.officer_id * 3 + r.session_id, 3) END,"
                + " CASE MOD(r.officer_id + st.instructor_id, 23)"
                + " WHEN 0 THEN '案例贴近实战，收获很大' WHEN 1 THEN '希望多安排实操练习'"
                + " WHEN 2 THEN '讲解清楚，节奏合适' END"
                + " FROM ("
                + rated
                + ") r JOIN training_staff st ON st.session_id = r.session_id"
                + " AND st.staff_role = '"
                + StaffRole.INSTRUCTOR.name()
                + "'")) {
      insert.setDate(1, Date.valueOf(today));
      written = insert.executeUpdate();
    }
    try (PreparedStatement given =
        connection.prepareStatement(
            "INSERT INTO training_evaluation_given (session_id, officer_id) SELECT session_id,"
                + " officer_id FROM ("
                + rated
                + ") r WHERE EXISTS (SELECT 1 FROM training_staff st"
                + " WHERE st.session_id = r.session_id AND st.staff_role = '"
                + StaffRole.INSTRUCTOR.name()
                + "')")) {
      given.setDate(1, Date.valueOf(today));
      given.executeUpdate();
    }
    return written;
  }

  /**
   * One trained officer in 40 took a provincial course each year, approved and credited; in the
   * demo county a few wait for HR's review and a few were sent back.
   */
  private static int external(Connection connection, LocalDate today, DemoContext context)
      throws SQLException {
    String columns =
        "INSERT INTO training_external (id, officer_id, kind, title, provider, start_date,"
            + " end_date, half_days, proof, proof_name, proof_type, status, decision_reason,"
            + " submitted_at, submitted_by, decided_at, decided_by, version)";
    int written = 0;
    // approved: the ledger rows of that year take the days too, as the approval would
    try (PreparedStatement approved =
        connection.prepareStatement(
            columns
                + " SELECT training_seq.NEXTVAL, l.officer_id, 'HIGHER_AUTHORITY',"
                + " '全省公安业务骨干培训班', '自治区公安厅政治部', ?, ?, 4, ?,"
                + " '结业证书.pdf', 'application/pdf', '"
                + ExternalStatus.APPROVED.name()
                + "',"
                + " NULL, ?, o.police_number, ?, NULL, 1 FROM training_ledger l"
                + " JOIN officer o ON o.id = l.officer_id"
                + " WHERE l.year_no = ? AND MOD(l.officer_id, 40) = 0"
                + " AND NOT EXISTS (SELECT 1 FROM account x WHERE x.officer_id = l.officer_id)")) {
      for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
        LocalDate end = LocalDate.of(year, 6, 12);
        if (end.isAfter(today)) {
          continue;
        }
        approved.setDate(1, Date.valueOf(end.minusDays(1)));
        approved.setDate(2, Date.valueOf(end));
        approved.setBytes(3, PROOF);
        approved.setTimestamp(4, Timestamp.valueOf(end.plusDays(3).atTime(9, 30)));
        approved.setTimestamp(5, Timestamp.valueOf(end.plusDays(5).atTime(15, 0)));
        approved.setInt(6, year);
        written += approved.executeUpdate();
        try (PreparedStatement credit =
            connection.prepareStatement(
                "UPDATE training_ledger SET credited_half_days = credited_half_days + 4"
                    + " WHERE year_no = ? AND MOD(officer_id, 40) = 0"
                    + " AND NOT EXISTS (SELECT 1 FROM account x WHERE x.officer_id = training_ledger.officer_id)")) {
          credit.setInt(1, year);
          credit.executeUpdate();
        }
      }
    }
    written += countyRecords(connection, columns, today, ExternalStatus.PENDING, 97, null);
    written +=
        countyRecords(connection, columns, today, ExternalStatus.REJECTED, 131, "证明材料不清晰，请重新上传");
    return written;
  }

  private static int countyRecords(
      Connection connection,
      String columns,
      LocalDate today,
      ExternalStatus status,
      int oneIn,
      String reason)
      throws SQLException {
    boolean decided = status != ExternalStatus.PENDING;
    try (PreparedStatement insert =
        connection.prepareStatement(
            columns
                + " SELECT training_seq.NEXTVAL, o.id, 'ONLINE', '公安网络学院：执法规范化专题',"
                + " '公安部网络学院', ?, ?, 3, ?, '学时证明.pdf', 'application/pdf', '"
                + status.name()
                + "', ?, ?, o.police_number, ?, NULL, 1 FROM officer o"
                + " JOIN org_unit u ON u.id = o.unit_id JOIN org_unit c ON u.path LIKE c.path || '%'"
                + " WHERE c.name_zh = ? AND o.status = 'ON_DUTY' AND MOD(o.id, ?) = 0"
                + " AND NOT EXISTS (SELECT 1 FROM account x WHERE x.officer_id = o.id)")) {
      insert.setDate(1, Date.valueOf(today.minusDays(12)));
      insert.setDate(2, Date.valueOf(today.minusDays(10)));
      insert.setBytes(3, PROOF);
      insert.setString(4, reason);
      insert.setTimestamp(5, Timestamp.valueOf(today.minusDays(8).atTime(10, 0)));
      insert.setTimestamp(6, decided ? Timestamp.valueOf(today.minusDays(6).atTime(16, 0)) : null);
      insert.setString(7, COUNTY);
      insert.setInt(8, oneIn);
      return insert.executeUpdate();
    }
  }

  /** Budgets of the county bureaus and the city's departments for three years; some below 5%. */
  private static int budgets(Connection connection, LocalDate today) throws SQLException {
    int written = 0;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO training_budget (id, unit_id, year_no, operating_budget, training_spend,"
                + " version) SELECT training_seq.NEXTVAL, u.id, ?,"
                + " 2000000 + MOD(u.id * 7919, 9) * 500000,"
                + " ROUND((2000000 + MOD(u.id * 7919, 9) * 500000)"
                + " * (35 + MOD(u.id * 13 + ?, 40)) / 1000, 2), 1"
                + " FROM org_unit u WHERE u.kind IN ('COUNTY_BUREAU', 'DEPARTMENT')"
                + " AND u.closed = 0")) {
      for (int year = today.getYear() - 2; year <= today.getYear(); year++) {
        insert.setInt(1, year);
        insert.setInt(2, year);
        written += insert.executeUpdate();
      }
    }
    return written;
  }
}
