package org.constable.demo.training;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.LongSupplier;
import org.constable.demo.training.OfficerPlan.OffPost;
import org.constable.personnel.HistoryStamp;
import org.constable.personnel.Officer;
import org.constable.personnel.OfficerStatus;

/**
 * 复训不合格离岗培训, as publishing the failed retraining did it: the officer's status changes with a dated
 * history entry, and every HR account whose scope covers the officer is told (read, for those told
 * over a fortnight ago).
 */
final class OffPostTraining {

  private static final String NOTICE = "training.notice.offPost";
  private static final String SEPARATOR = "\u001f";

  private final EntityManager em;
  private final Connection connection;
  private final LongSupplier notificationIds;
  private final List<LogInOfficers.Hr> hr;
  private final LocalDateTime now;

  OffPostTraining(
      EntityManager em,
      Connection connection,
      LongSupplier notificationIds,
      List<LogInOfficers.Hr> hr,
      LocalDateTime now) {
    this.em = em;
    this.connection = connection;
    this.notificationIds = notificationIds;
    this.hr = hr;
    this.now = now;
  }

  /** Returns the number of notifications written. */
  int apply(List<OffPost> offPost) throws SQLException {
    int told = 0;
    String sql =
        "INSERT INTO notification (id, account_id, text_key, arguments, link, created_at, read_at)"
            + " VALUES (?,?,?,?,?,?,?)";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (OffPost change : offPost) {
        Officer officer = em.find(Officer.class, change.officerId());
        officer
            .changeStatus(
                OfficerStatus.OFF_POST_TRAINING,
                new HistoryStamp(change.from(), change.recordedAt(), null))
            .ifPresent(em::persist);
        String arguments =
            String.join(
                SEPARATOR, officer.getName(), officer.getPoliceNumber(), change.course().nameZh());
        for (LogInOfficers.Hr account : hr) {
          if (officer.getUnit().getPath().startsWith(account.scopePath())) {
            bind(insert, account.accountId(), arguments, officer.getId(), change.recordedAt());
            insert.addBatch();
            told++;
          }
        }
      }
      insert.executeBatch();
    }
    return told;
  }

  private void bind(
      PreparedStatement insert, long account, String arguments, long officer, LocalDateTime at)
      throws SQLException {
    insert.setLong(1, notificationIds.getAsLong());
    insert.setLong(2, account);
    insert.setString(3, NOTICE);
    insert.setString(4, arguments);
    insert.setString(5, "/personnel/officer.xhtml?id=" + officer);
    insert.setTimestamp(6, Timestamp.valueOf(at));
    boolean readLongAgo = at.isBefore(now.minusDays(14));
    if (readLongAgo) {
      insert.setTimestamp(7, Timestamp.valueOf(at.plusDays(1)));
    } else {
      insert.setNull(7, Types.TIMESTAMP);
    }
  }
}
