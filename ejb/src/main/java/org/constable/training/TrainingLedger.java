package org.constable.training;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.constable.platform.NativeSql;
import org.constable.platform.OracleLimits;
import org.constable.security.Guard;
import org.constable.security.Permissions;
import org.constable.security.Unguarded;

/**
 * The credited half days per officer and year, kept in step with the confirmed attendance and the
 * approved training done elsewhere by the transaction that changes them, so that quota reports sum
 * one row per officer instead of every attendance day. Each row also names the unit it counts for
 * in the unit roll-up: the officer's unit when the officer is a serving police officer on the force
 * since before that year, else none; {@link #reattribute} keeps that in step with the register.
 * {@link #check()} compares both with their sources.
 */
@Stateless
public class TrainingLedger {

  private static final String JOINED = OfficerSql.JOINED;

  @PersistenceContext private EntityManager em;
  @Inject private TrainingPolicy policy;
  @Inject private LedgerStanding standing;

  /** Adds (or takes back) credit; called inside the transaction that changes the credit. */
  @Unguarded("called by the roll and the approval of training elsewhere after their own checks")
  public void credit(long officerId, int year, int deltaHalfDays) {
    if (deltaHalfDays == 0) {
      return;
    }
    int updated =
        em.createNativeQuery(
                "UPDATE training_ledger SET credited_half_days = credited_half_days + ?1,"
                    + " shortfall_half_days = shortfall_half_days - ?1"
                    + " WHERE officer_id = ?2 AND year_no = ?3")
            .setParameter(1, deltaHalfDays)
            .setParameter(2, officerId)
            .setParameter(3, year)
            .executeUpdate();
    if (updated == 0) {
      String owed = LedgerStanding.owed(policy.quota(), year);
      em.createNativeQuery(
              "INSERT INTO training_ledger (officer_id, year_no, credited_half_days, unit_id,"
                  + " police_number, owed_half_days, shortfall_half_days) SELECT o.id, ?2, ?3, "
                  + countedUnit("?2")
                  + ", o.police_number, "
                  + owed
                  + ", "
                  + owed
                  + " - ?3 FROM officer o WHERE o.id = ?1")
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

  /**
   * Brings the unit each of these officers' rows counts for, and what they owe in the filled years
   * ({@link LedgerStanding}), into step with the register.
   */
  @Unguarded("called when the register has changed these officers, inside that transaction")
  public void reattribute(List<Long> officerIds) {
    for (List<Long> chunk : OracleLimits.inLists(officerIds)) {
      em.createNativeQuery(
              attributeSql() + " WHERE l.officer_id IN (" + NativeSql.idList(chunk) + ")")
          .executeUpdate();
    }
    standing.bringInStep(officerIds);
  }

  /** The UPDATE that sets every row's unit from the register (the demo runs it after its load). */
  public static String attributeSql() {
    return "UPDATE training_ledger l SET unit_id = (SELECT "
        + countedUnit("l.year_no")
        + " FROM officer o WHERE o.id = l.officer_id)";
  }

  /**
   * The unit an officer {@code o} counts for in the roll-up of {@code year} (a column or a bound
   * parameter), or NULL: a serving police officer on the force since before that year. The report
   * handles those who joined during the year one by one.
   */
  static String countedUnit(String year) {
    return "CASE WHEN "
        + OfficerSql.SERVING_POLICE
        + " AND ("
        + JOINED
        + " IS NULL OR EXTRACT(YEAR FROM "
        + JOINED
        + ") < "
        + year
        + ") THEN o.unit_id END";
  }

  /** A ledger row whose credit disagrees with the attendance and approvals it should sum. */
  public record Mismatch(
      long officerId, String policeNumber, String name, int year, long ledger, long recorded)
      implements Serializable {}

  /** A ledger row that counts for another unit than the register says (or for none). */
  public record Misattribution(
      long officerId,
      String policeNumber,
      String name,
      int year,
      String ledgerUnitZh,
      String ledgerUnitEn,
      String registerUnitZh,
      String registerUnitEn)
      implements Serializable {

    public String ledgerUnit(Locale locale) {
      return "zh".equals(locale.getLanguage()) ? ledgerUnitZh : ledgerUnitEn;
    }

    public String registerUnit(Locale locale) {
      return "zh".equals(locale.getLanguage()) ? registerUnitZh : registerUnitEn;
    }
  }

  /**
   * A filled year's row whose owed or missing half days disagree with the register and the quota,
   * or a listed officer without a row ({@code ledger} null then, as for a row not listed).
   */
  public record OwedMismatch(
      long officerId, String policeNumber, String name, int year, Integer ledger, Integer register)
      implements Serializable {}

  /** What {@link #check()} found; all empty means the ledger is sound. */
  public record Findings(
      List<Mismatch> credits, List<Misattribution> units, List<OwedMismatch> owed)
      implements Serializable {
    public boolean sound() {
      return credits.isEmpty() && units.isEmpty() && owed.isEmpty();
    }

    public int size() {
      return credits.size() + units.size() + owed.size();
    }
  }

  /**
   * Every officer and year whose ledger differs from its sources, at most {@value #MOST_SHOWN} of
   * each kind. Grouped scans in the database; only the differences come back.
   */
  @Guard(Permissions.POLICY_MANAGE)
  public Findings check() {
    return new Findings(creditMismatches(), misattributions(), standing.mismatches());
  }

  static final int MOST_SHOWN = 1000;

  private List<Mismatch> creditMismatches() {
    String raw =
        "SELECT officer_id, year_no, SUM(half_days) credited FROM ("
            + "SELECT a.officer_id, EXTRACT(YEAR FROM a.attended_on) year_no, a.half_days"
            + " FROM training_attendance a WHERE a.confirmed = 1"
            + " UNION ALL SELECT x.officer_id, EXTRACT(YEAR FROM x.end_date), x.half_days"
            + " FROM training_external x WHERE x.status = '"
            + ExternalStatus.APPROVED.name()
            + "') c GROUP BY officer_id, year_no";
    return new NativeSql()
            .sql(
                "SELECT m.officer_id, o.police_number, o.name, m.year_no, m.ledger, m.recorded FROM (")
            .sql("SELECT l.officer_id, l.year_no, l.credited_half_days ledger,")
            .sql(
                " COALESCE(r.credited, 0) recorded FROM training_ledger l LEFT JOIN ("
                    + raw
                    + ") r")
            .sql(" ON r.officer_id = l.officer_id AND r.year_no = l.year_no")
            .sql(" WHERE l.credited_half_days <> COALESCE(r.credited, 0)")
            .sql(" UNION ALL SELECT r.officer_id, r.year_no, 0, r.credited FROM (" + raw + ") r")
            .sql(" WHERE NOT EXISTS (SELECT 1 FROM training_ledger l")
            .sql(" WHERE l.officer_id = r.officer_id AND l.year_no = r.year_no)")
            .sql(") m JOIN officer o ON o.id = m.officer_id")
            .sql(" ORDER BY o.police_number, m.year_no FETCH FIRST " + MOST_SHOWN + " ROWS ONLY")
            .rows(em)
            .stream()
            .map(
                r ->
                    new Mismatch(
                        NativeSql.number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (int) NativeSql.number(r[3]),
                        NativeSql.number(r[4]),
                        NativeSql.number(r[5])))
            .toList();
  }

  private List<Misattribution> misattributions() {
    return new NativeSql()
            .sql(
                "SELECT m.officer_id, m.police_number, m.name, m.year_no, lu.label_zh, lu.label_en,")
            .sql(" ru.label_zh, ru.label_en FROM (")
            .sql("SELECT l.officer_id, o.police_number, o.name, l.year_no, l.unit_id, ")
            .sql(countedUnit("l.year_no") + " expected")
            .sql(" FROM training_ledger l JOIN officer o ON o.id = l.officer_id) m")
            .sql(
                " LEFT JOIN org_unit lu ON lu.id = m.unit_id LEFT JOIN org_unit ru ON ru.id = m.expected")
            .sql(" WHERE COALESCE(m.unit_id, -1) <> COALESCE(m.expected, -1)")
            .sql(" ORDER BY m.police_number, m.year_no FETCH FIRST " + MOST_SHOWN + " ROWS ONLY")
            .rows(em)
            .stream()
            .map(
                r ->
                    new Misattribution(
                        NativeSql.number(r[0]),
                        (String) r[1],
                        (String) r[2],
                        (int) NativeSql.number(r[3]),
                        (String) r[4],
                        (String) r[5],
                        (String) r[6],
                        (String) r[7]))
            .toList();
  }
}
