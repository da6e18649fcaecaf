package org.constable.leave;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Changes to the leave rate's figures per unit and year ({@code leave_unit_sums}), gathered while
 * ledger rows are written and then applied in the same transaction, one statement per unit. A row
 * counts for its unit when it has one and an entitlement: one officer, its days entitled, its days
 * taken up to those, whether it took them all, whether it took none.
 */
final class LeaveUnitSums {

  /** The statement that sums the whole ledger afresh (the migration's and the demo's). */
  static final String REBUILD =
      "INSERT INTO leave_unit_sums (unit_id, leave_year, officers, entitled_days, taken_days,"
          + " fully_taken, untaken) SELECT l.unit_id, l.leave_year, COUNT(*), SUM(l.entitled_days),"
          + " SUM(CASE WHEN l.taken_days < l.entitled_days THEN l.taken_days ELSE l.entitled_days"
          + " END), SUM(CASE WHEN l.taken_days >= l.entitled_days THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN l.taken_days = 0 THEN 1 ELSE 0 END) FROM leave_balance l"
          + " WHERE l.unit_id IS NOT NULL AND l.entitled_days > 0 GROUP BY l.unit_id, l.leave_year";

  /** What one ledger row adds to its unit's figures. */
  record Share(Long unitId, int year, int entitled, int taken) {

    static final Share NONE = new Share(null, 0, 0, 0);

    boolean counts() {
      return unitId != null && entitled > 0;
    }

    long[] figures() {
      return new long[] {
        1, entitled, Math.min(taken, entitled), taken >= entitled ? 1 : 0, taken == 0 ? 1 : 0
      };
    }
  }

  private record Key(long unitId, int year) {}

  // in a fixed order, so that two transactions touching the same units lock them in the same order
  private final Map<Key, long[]> changes =
      new TreeMap<>(Comparator.comparingLong(Key::unitId).thenComparingInt(Key::year));

  /** A ledger row that counted as {@code before} now counts as {@code after}. */
  void moved(Share before, Share after) {
    add(before, -1);
    add(after, 1);
  }

  private void add(Share share, int sign) {
    if (!share.counts()) {
      return;
    }
    long[] sums = changes.computeIfAbsent(new Key(share.unitId(), share.year()), k -> new long[5]);
    long[] figures = share.figures();
    for (int i = 0; i < figures.length; i++) {
      sums[i] += sign * figures[i];
    }
  }

  /** Writes the gathered changes and forgets them. */
  void apply(EntityManager em) {
    changes.forEach(
        (key, change) -> {
          if (java.util.Arrays.stream(change).allMatch(v -> v == 0)) {
            return;
          }
          String update =
              "UPDATE leave_unit_sums SET officers = officers + ?1,"
                  + " entitled_days = entitled_days + ?2, taken_days = taken_days + ?3,"
                  + " fully_taken = fully_taken + ?4, untaken = untaken + ?5"
                  + " WHERE unit_id = ?6 AND leave_year = ?7";
          if (bound(em.createNativeQuery(update), key, change).executeUpdate() == 0) {
            String insert =
                "INSERT INTO leave_unit_sums (unit_id, leave_year, officers, entitled_days,"
                    + " taken_days, fully_taken, untaken) VALUES (?6, ?7, ?1, ?2, ?3, ?4, ?5)";
            bound(em.createNativeQuery(insert), key, change).executeUpdate();
          }
        });
    changes.clear();
  }

  /** The five figures as ?1 to ?5, the unit and the year as ?6 and ?7. */
  private static Query bound(Query query, Key key, long[] change) {
    for (int i = 0; i < change.length; i++) {
      query.setParameter(i + 1, change[i]);
    }
    return query.setParameter(6, key.unitId()).setParameter(7, key.year());
  }
}
