package org.constable.education;

import java.math.BigDecimal;
import org.constable.platform.BusinessException;

/**
 * The policy's ratios (percent of the tuition) and bounds, read from the parameters.
 *
 * @param degreePercent master's or bachelor's with the degree (70)
 * @param withoutDegreePercent master's or bachelor's with a diploma or completion certificate only
 *     (50)
 * @param associatePercent an associate diploma for the officers the policy names (100)
 * @param olderAge the age from which an officer counts as older, the bound itself included (50)
 * @param minimumGradeOrder the sort order of 副主任科员, from which the under-50 rule applies
 */
public record ReimbursementPolicy(
    BigDecimal degreePercent,
    BigDecimal withoutDegreePercent,
    BigDecimal associatePercent,
    int olderAge,
    int minimumGradeOrder) {

  public ReimbursementPolicy {
    for (BigDecimal p : new BigDecimal[] {degreePercent, withoutDegreePercent, associatePercent}) {
      if (p == null || p.signum() < 0 || p.compareTo(Percent.HUNDRED) > 0) {
        throw new BusinessException("education.rule.badPercent", p);
      }
    }
  }

  /** The defaults of the policy text, with 副主任科员 at sort order 20. */
  public static ReimbursementPolicy defaults() {
    return new ReimbursementPolicy(
        new BigDecimal("70"), new BigDecimal("50"), Percent.HUNDRED, 50, 20);
  }
}
