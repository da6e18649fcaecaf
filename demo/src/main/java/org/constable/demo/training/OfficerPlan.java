package org.constable.demo.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SortedMap;
import org.constable.training.RetrainingStatus;

/**
 * One trainee's part of the demo: its enrolments with the days it attended and its scores, its
 * retrainings, the credit per year that the ledger holds, and its move to off-post training if it
 * failed a retraining.
 */
record OfficerPlan(
    long officerId,
    List<Placement> placements,
    SortedMap<Integer, Integer> creditedByYear,
    List<RetrainingCase> retrainings,
    OffPost offPost) {

  /** An enrolment; the days attended so far (confirmed); the score once entered. */
  record Placement(
      PlannedSession session, LocalDateTime enrolledAt, List<AttendanceDay> days, Score score) {}

  record AttendanceDay(LocalDate day, int halfDays, boolean checkedIn) {}

  record Score(BigDecimal value, boolean passed) {}

  record RetrainingCase(
      DemoCourse course,
      PlannedSession failedSession,
      LocalDate openedOn,
      RetrainingStatus status,
      LocalDate closedOn) {}

  /** 复训不合格离岗培训: from the day the failed retraining's results were published. */
  record OffPost(long officerId, LocalDate from, LocalDateTime recordedAt, DemoCourse course) {}
}
