package org.constable.leave;

import java.math.BigDecimal;
import org.constable.platform.BusinessException;

/**
 * The leave parameters.
 *
 * @param carryOverYears how many earlier years' unused days may still be taken (1: only last
 *     year's)
 * @param targetPercent the leave rate to reach (年休假率, 90)
 * @param monthDays the days a month of sick leave counts for (30: "2 months" is 60 days)
 */
public record LeavePolicy(int carryOverYears, BigDecimal targetPercent, int monthDays) {

  public LeavePolicy {
    if (carryOverYears < 0 || carryOverYears > 1) {
      throw new BusinessException("leave.badCarryOver", carryOverYears);
    }
    if (targetPercent == null
        || targetPercent.signum() < 0
        || targetPercent.compareTo(new BigDecimal("100")) > 0) {
      throw new BusinessException("leave.badTarget", targetPercent);
    }
  }

  public static LeavePolicy defaults() {
    return new LeavePolicy(1, new BigDecimal("90"), 30);
  }
}
