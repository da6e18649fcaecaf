package org.constable.training;

import java.util.Map;

/**
 * 每年一次综合考试: failing the comprehensive exam of a year removes eligibility for competitive selection
 * (竞争上岗) in the next year. Not having sat it takes nothing away.
 */
public final class SelectionEligibility {

  private SelectionEligibility() {}

  /**
   * @param passedByYear the outcome of each year's comprehensive exam the officer sat (its last
   *     published result of that year)
   */
  public static boolean eligibleIn(int year, Map<Integer, Boolean> passedByYear) {
    return !Boolean.FALSE.equals(passedByYear.get(year - 1));
  }
}
