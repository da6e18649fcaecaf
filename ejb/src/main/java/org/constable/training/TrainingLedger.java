package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.constable.platform.NativeSql;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Unguarded;

/**
 * The credited half days per officer and year, kept in step with the confirmed attendance by the
 * transaction that changes it, so that quota reports sum one row per officer instead of every
 * attendance day. {@link #check()} compares it with the raw rows.
 */
@Stateless
public class TrainingLedger {

  @PersistenceContext private EntityManager em;

  /** Adds (or takes back) credit; called inside the attendance's transaction. */
  @Unguarded("called by the attendance services after their own checks")
  public void credit(long officerId, int year, int deltaHalfDays) {
    if (deltaHalfDays == 0) {
      return;
    }
    int updated =
        em.createNativeQuery(
                "UPDATE training_ledger SET credited_half_days = credited_half_days + ?1"
                    + " WHERE officer_id = ?2 AND year_no = ?3")
            .setParameter(1, deltaHalfDays)
            .setParameter(2, officerId)
            .setParameter(3, year)
            .executeUpdate();
    if (updated == 0) {
      em.createNativeQuery(
              "INSERT INTO training_ledger (officer_id, year_no, credited_half_days)"
                  + " VALUES (?1, ?2, ?3)")
          .setParameter(1, officerId)
          .setParameter(2, year)
          .setParameter(3, deltaHalfDays)
          .executeUpdate();
    }
  }

  /** One officer's credit in a year. */
  @Unguarded("called by services that have checked who may read the officer")
  public int credited(long officerId, int year) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT credited_half_days FROM training_ledger WHERE officer_id = ?1 AND year_no = ?2")
            .setParameter(1, officerId)
            .setParameter(2, year)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
  }

  /** A ledger row that disagrees with the attendance it should sum. */
  public record Mismatch(long officerId, int year, long ledger, long attendance)
      implements java.io.Serializable {}

  /**
   * Every officer and year whose ledger differs from its confirmed attendance: none means the
   * ledger is sound. Two grouped scans in the database; only the differences come back.
   */
  @Guard({Permissions.POLICY_MANAGE, Permissions.TRAINING_MANAGE})
  public List<Mismatch> check() {
    String raw =
        "SELECT a.officer_id, EXTRACT(YEAR FROM a.attended_on) year_no, SUM(a.half_days) credited"
            + " FROM training_attendance a WHERE a.confirmed = 1"
            + " GROUP BY a.officer_id, EXTRACT(YEAR FROM a.attended_on)";
    return new NativeSql()
            .sql("SELECT l.officer_id, l.year_no, l.credited_half_days, COALESCE(r.credited, 0)")
            .sql(" FROM training_ledger l LEFT JOIN (" + raw + ") r")
            .sql(" ON r.officer_id = l.officer_id AND r.year_no = l.year_no")
            .sql(" WHERE l.credited_half_days <> COALESCE(r.credited, 0)")
            .sql(" UNION ALL SELECT r.officer_id, r.year_no, 0, r.credited FROM (" + raw + ") r")
            .sql(" WHERE NOT EXISTS (SELECT 1 FROM training_ledger l")
            .sql(" WHERE l.officer_id = r.officer_id AND l.year_no = r.year_no)")
            .rows(em)
            .stream()
            .limit(1000)
            .map(
                r ->
                    new Mismatch(
                        NativeSql.number(r[0]),
                        (int) NativeSql.number(r[1]),
                        NativeSql.number(r[2]),
                        NativeSql.number(r[3])))
            .toList();
  }
}
