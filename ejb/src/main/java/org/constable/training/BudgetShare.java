package org.constable.training;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * 教育训练经费不低于业务经费的5%: the rule on exact yuan amounts, without rounding before the comparison (spend ×
 * 100 ≥ budget × floor).
 */
final class BudgetShare {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private BudgetShare() {}

  static boolean meets(BigDecimal spend, BigDecimal budget, int floorPercent) {
    return spend.multiply(HUNDRED).compareTo(budget.multiply(BigDecimal.valueOf(floorPercent)))
        >= 0;
  }

  /** For display only: the comparison never uses the rounded figure. */
  static BigDecimal percent(BigDecimal spend, BigDecimal budget) {
    if (budget.signum() == 0) {
      return null;
    }
    return spend.multiply(HUNDRED).divide(budget, 2, RoundingMode.HALF_UP);
  }
}
