package org.constable.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.constable.platform.NativeSql;
import org.constable.platform.OracleLimits;

/**
 * What each officer owes in a year and how much of it is missing, kept on the officer's ledger row
 * so that the quota report's officer list, most missing first, walks an index instead of computing
 * and sorting every officer's debt. A year is <em>filled</em> once every officer listed in it (a
 * serving police officer who joined by its end) has a row holding its owed half days under the
 * current quota; from then on the credit ({@link TrainingLedger#credit}) and the register ({@link
 * TrainingLedger#reattribute}) keep the rows in step. A year is filled on its first report, and
 * again when the quota changes ({@link LedgerYears}).
 */
@Dependent
class LedgerStanding {

  private static final String JOINED = OfficerSql.JOINED;

  @PersistenceContext private EntityManager em;
  @Inject private TrainingPolicy policy;

  boolean filled(int year) {
    return filled(year, policy.quota());
  }

  private boolean filled(int year, QuotaRule rule) {
    return !em.createNativeQuery(
            "SELECT 1 FROM training_ledger_year WHERE year_no = ?1 AND quota_days = ?2")
        .setParameter(1, year)
        .setParameter(2, rule.quotaDays())
        .getResultList()
        .isEmpty();
  }

  /** Every row of the year computed afresh, the missing rows added, the year marked filled. */
  void fill(int year) {
    QuotaRule rule = policy.quota();
    bringInStep(year, rule, "", "");
    em.createNativeQuery("DELETE FROM training_ledger_year WHERE year_no = ?1")
        .setParameter(1, year)
        .executeUpdate();
    em.createNativeQuery("INSERT INTO training_ledger_year (year_no, quota_days) VALUES (?1, ?2)")
        .setParameter(1, year)
        .setParameter(2, rule.quotaDays())
        .executeUpdate();
  }

  /**
   * The rows of every filled year that disagree with what the register and the quota make of them,
   * and the listed officers without a row: at most {@value TrainingLedger#MOST_SHOWN}.
   */
  List<TrainingLedger.OwedMismatch> mismatches() {
    QuotaRule rule = policy.quota();
    var found = new ArrayList<TrainingLedger.OwedMismatch>();
    for (int year : filledYears(rule)) {
      String owed = owed(rule, year);
      new NativeSql()
          .sql("SELECT o.id, o.police_number, o.name, l.owed_half_days, " + owed)
          .sql(" FROM officer o LEFT JOIN training_ledger l ON l.officer_id = o.id")
          .sql(" AND l.year_no = " + year)
          .sql(" WHERE (l.officer_id IS NULL AND " + listed(year) + ")")
          .sql(" OR COALESCE(l.owed_half_days, -1) <> COALESCE(" + owed + ", -1)")
          .sql(" OR COALESCE(l.shortfall_half_days, -1)")
          .sql(" <> COALESCE(l.owed_half_days - l.credited_half_days, -1)")
          .sql(" OR l.police_number <> o.police_number")
          .sql(" ORDER BY o.police_number FETCH FIRST " + TrainingLedger.MOST_SHOWN + " ROWS ONLY")
          .rows(em)
          .forEach(
              r ->
                  found.add(
                      new TrainingLedger.OwedMismatch(
                          NativeSql.number(r[0]),
                          (String) r[1],
                          (String) r[2],
                          year,
                          r[3] == null ? null : (int) NativeSql.number(r[3]),
                          r[4] == null ? null : (int) NativeSql.number(r[4]))));
    }
    return found.stream().limit(TrainingLedger.MOST_SHOWN).toList();
  }

  /** These officers' rows of every filled year follow the register (a transfer, a new officer). */
  void bringInStep(List<Long> officerIds) {
    QuotaRule rule = policy.quota();
    for (int year : filledYears(rule)) {
      for (List<Long> chunk : OracleLimits.inLists(officerIds)) {
        String ids = NativeSql.idList(chunk);
        bringInStep(year, rule, " AND l.officer_id IN (" + ids + ")", " AND o.id IN (" + ids + ")");
      }
    }
  }

  private List<Integer> filledYears(QuotaRule rule) {
    List<?> years =
        em.createNativeQuery(
                "SELECT year_no FROM training_ledger_year WHERE quota_days = ?1 ORDER BY year_no")
            .setParameter(1, rule.quotaDays())
            .getResultList();
    return years.stream().map(y -> (int) NativeSql.number(y)).toList();
  }

  private void bringInStep(int year, QuotaRule rule, String rowsOf, String officersOf) {
    String owed = owed(rule, year);
    em.createNativeQuery(
            "UPDATE training_ledger l SET"
                + " police_number = (SELECT o.police_number FROM officer o WHERE o.id = l.officer_id),"
                + " owed_half_days = (SELECT "
                + owed
                + " FROM officer o WHERE o.id = l.officer_id) WHERE l.year_no = "
                + year
                + rowsOf)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE training_ledger l SET shortfall_half_days = owed_half_days - credited_half_days"
                + " WHERE l.year_no = "
                + year
                + rowsOf)
        .executeUpdate();
    em.createNativeQuery(
            "INSERT INTO training_ledger (officer_id, year_no, credited_half_days, unit_id,"
                + " police_number, owed_half_days, shortfall_half_days) SELECT o.id, "
                + year
                + ", 0, "
                + TrainingLedger.countedUnit(String.valueOf(year))
                + ", o.police_number, "
                + owed
                + ", "
                + owed
                + " FROM officer o WHERE "
                + listed(year)
                + officersOf
                + " AND NOT EXISTS (SELECT 1 FROM training_ledger l"
                + " WHERE l.officer_id = o.id AND l.year_no = "
                + year
                + ")")
        .executeUpdate();
  }

  /**
   * The half days an officer {@code o} owes in the year, or NULL when it is not listed in the
   * year's report: not a serving police officer, or on the force only after the year.
   */
  static String owed(QuotaRule rule, int year) {
    return "CASE WHEN " + listed(year) + " THEN " + rule.owedSql(year, JOINED) + " END";
  }

  private static String listed(int year) {
    return OfficerSql.SERVING_POLICE
        + " AND ("
        + JOINED
        + " IS NULL OR "
        + JOINED
        + " <= DATE '"
        + Year.of(year).atMonth(12).atEndOfMonth()
        + "')";
  }
}
