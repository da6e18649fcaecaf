package org.constable.demo.training;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.constable.demo.training.OfficerPlan.AttendanceDay;
import org.constable.demo.training.OfficerPlan.Placement;
import org.constable.demo.training.OfficerPlan.RetrainingCase;
import org.constable.training.StaffRole;

/**
 * Writes the plan in JDBC batches, sessions before the rows that refer to them, with ids from the
 * JPA sequence of the training entities. Counts what it wrote.
 */
final class TrainingRows implements AutoCloseable {

  private static final int BATCH = 1000;

  private final LongSupplier ids;
  private final Map<DemoCourse, Long> courseIds;
  private final Map<Integer, String> enrollerByOrg;
  private final Batch sessions;
  private final Batch staff;
  private final Batch enrolments;
  private final Batch attendance;
  private final Batch results;
  private final Batch retrainings;
  private final Batch ledger;
  private final List<Batch> inOrder;

  /**
   * @param enrollerByOrg the police number of the HR officer who enrols the trainees of an
   *     organiser's sessions, where the demo has one
   */
  TrainingRows(
      Connection connection,
      LongSupplier ids,
      Map<DemoCourse, Long> courseIds,
      Map<Integer, String> enrollerByOrg)
      throws SQLException {
    this.ids = ids;
    this.courseIds = Map.copyOf(courseIds);
    this.enrollerByOrg = Map.copyOf(enrollerByOrg);
    sessions =
        new Batch(
            connection,
            "training_session",
            "INSERT INTO training_session (id, course_id, organiser_unit_id, start_date, end_date,"
                + " place, capacity, half_days, retraining, results_published_at, version)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,0)",
            Types.TIMESTAMP);
    staff =
        new Batch(
            connection,
            "training_staff",
            "INSERT INTO training_staff (id, session_id, instructor_id, staff_role) VALUES (?,?,?,?)",
            Types.VARCHAR);
    enrolments =
        new Batch(
            connection,
            "training_enrolment",
            "INSERT INTO training_enrolment (id, session_id, officer_id, enrolled_at, enrolled_by)"
                + " VALUES (?,?,?,?,?)",
            Types.VARCHAR);
    attendance =
        new Batch(
            connection,
            "training_attendance",
            "INSERT INTO training_attendance (id, session_id, officer_id, attended_on, half_days,"
                + " checked_in, confirmed, recorded_at, recorded_by) VALUES (?,?,?,?,?,?,1,?,?)",
            Types.VARCHAR);
    results =
        new Batch(
            connection,
            "training_result",
            "INSERT INTO training_result (id, session_id, officer_id, score, passed, recorded_at,"
                + " recorded_by, version) VALUES (?,?,?,?,?,?,?,0)",
            Types.VARCHAR);
    retrainings =
        new Batch(
            connection,
            "training_retraining",
            "INSERT INTO training_retraining (id, officer_id, course_id, failed_session_id, status,"
                + " opened_on, closed_on, version) VALUES (?,?,?,?,?,?,?,0)",
            Types.DATE);
    ledger =
        new Batch(
            connection,
            "training_ledger",
            "INSERT INTO training_ledger (officer_id, year_no, credited_half_days) VALUES (?,?,?)",
            Types.INTEGER);
    inOrder = List.of(sessions, staff, enrolments, attendance, results, retrainings, ledger);
  }

  void session(PlannedSession session) {
    sessions.row(
        session.id(),
        courseIds.get(session.course()),
        session.key().organiser().unitId(),
        session.start(),
        session.end(),
        session.place(),
        session.capacity(),
        session.halfDays(),
        session.key().retraining() ? 1 : 0,
        session.resultsPublishedAt());
    session.staff().instructors().forEach(s -> staff(session, s, StaffRole.INSTRUCTOR));
    session.staff().examiners().forEach(s -> staff(session, s, StaffRole.EXAMINER));
    flushIfFull();
  }

  private void staff(PlannedSession session, StaffMember member, StaffRole role) {
    staff.row(ids.getAsLong(), session.id(), member.instructorId(), role.name());
  }

  void officer(OfficerPlan plan) {
    long officer = plan.officerId();
    for (Placement placement : plan.placements()) {
      PlannedSession session = placement.session();
      enrolments.row(
          ids.getAsLong(),
          session.id(),
          officer,
          placement.enrolledAt(),
          enrollerByOrg.get(session.key().organiser().index()));
      String rollTaker = firstPoliceNumber(session.staff().instructors());
      for (AttendanceDay day : placement.days()) {
        attendance.row(
            ids.getAsLong(),
            session.id(),
            officer,
            day.day(),
            day.halfDays(),
            day.checkedIn() ? 1 : 0,
            day.day().atTime(LocalTime.of(17, 30)),
            rollTaker);
      }
      if (placement.score() != null) {
        results.row(
            ids.getAsLong(),
            session.id(),
            officer,
            placement.score().value(),
            placement.score().passed() ? 1 : 0,
            session.resultsEnteredAt(),
            firstPoliceNumber(session.staff().examiners()));
      }
    }
    for (RetrainingCase retraining : plan.retrainings()) {
      retrainings.row(
          ids.getAsLong(),
          officer,
          courseIds.get(retraining.course()),
          retraining.failedSession().id(),
          retraining.status().name(),
          retraining.openedOn(),
          retraining.closedOn());
    }
    plan.creditedByYear().forEach((year, halfDays) -> ledger.row(officer, year, halfDays));
    flushIfFull();
  }

  private static String firstPoliceNumber(List<StaffMember> staff) {
    return staff.stream()
        .filter(StaffMember::internal)
        .map(StaffMember::policeNumber)
        .findFirst()
        .orElse(null);
  }

  private void flushIfFull() {
    if (inOrder.stream().anyMatch(b -> b.pending >= BATCH)) {
      flush();
    }
  }

  void flush() {
    inOrder.forEach(Batch::flush);
  }

  /** "training_session 1,234, training_staff 2,345, …" */
  String counts() {
    List<String> counts = new ArrayList<>();
    inOrder.forEach(b -> counts.add(String.format("%s %,d", b.table, b.written)));
    return String.join(", ", counts);
  }

  @Override
  public void close() {
    flush();
    inOrder.forEach(Batch::close);
  }

  /** One insert statement and its pending rows. */
  private static final class Batch {

    private final String table;
    private final PreparedStatement insert;
    private final int nullType;
    private int pending;
    private long written;

    /**
     * @param nullType the SQL type of the one column that may be null, its last
     */
    Batch(Connection connection, String table, String sql, int nullType) throws SQLException {
      this.table = table;
      this.insert = connection.prepareStatement(sql);
      this.nullType = nullType;
    }

    void row(Object... values) {
      try {
        for (int i = 0; i < values.length; i++) {
          bind(i + 1, values[i]);
        }
        insert.addBatch();
        pending++;
      } catch (SQLException e) {
        throw new IllegalStateException("Could not write the training demo to " + table, e);
      }
    }

    private void bind(int index, Object value) throws SQLException {
      if (value == null) {
        insert.setNull(index, nullType);
      } else if (value instanceof LocalDate day) {
        insert.setDate(index, Date.valueOf(day));
      } else if (value instanceof LocalDateTime at) {
        insert.setTimestamp(index, Timestamp.valueOf(at));
      } else {
        insert.setObject(index, value);
      }
    }

    void flush() {
      if (pending == 0) {
        return;
      }
      try {
        insert.executeBatch();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not write the training demo to " + table, e);
      }
      written += pending;
      pending = 0;
    }

    void close() {
      try {
        insert.close();
      } catch (SQLException e) {
        throw new IllegalStateException("Could not close the insert into " + table, e);
      }
    }
  }
}
