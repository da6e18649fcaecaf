package org.constable.leave;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The leave rate (年休假率) of a unit: days taken / days entitled, and the share of officers who took
 * their full leave, against the target. Summed in the database, one row a unit.
 *
 * @param officers officers entitled to leave
 * @param entitledDays their days entitled
 * @param takenDays their days taken (at most each one's entitlement)
 * @param fullyTaken officers who took all their days
 */
public record LeaveRate(long officers, long entitledDays, long takenDays, long fullyTaken) {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /** Days taken / entitled in percent, one decimal, or null when nobody is entitled. */
  public BigDecimal percent() {
    return entitledDays == 0 ? null : ratio(takenDays, entitledDays);
  }

  /** The share of officers who took all their days, in percent, or null. */
  public BigDecimal fullShare() {
    return officers == 0 ? null : ratio(fullyTaken, officers);
  }

  /** Whether the rate reaches the target exactly or above (no rounding decides it). */
  public boolean meets(BigDecimal target) {
    return entitledDays == 0
        || BigDecimal.valueOf(takenDays)
                .multiply(HUNDRED)
                .compareTo(target.multiply(BigDecimal.valueOf(entitledDays)))
            >= 0;
  }

  private static BigDecimal ratio(long part, long whole) {
    return BigDecimal.valueOf(part)
        .multiply(HUNDRED)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }
}
