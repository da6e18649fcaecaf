package org.constable.education;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A year's claims of a unit and everything beneath it: how many were filed, what the policy gave,
 * what HR approved and what was paid, in yuan.
 */
public record ClaimTotal(
    int year,
    String unitLabel,
    long claims,
    BigDecimal ruleAmount,
    BigDecimal approvedAmount,
    BigDecimal paidAmount)
    implements Serializable {

  ClaimTotal plus(long n, BigDecimal rule, BigDecimal approved, BigDecimal paid) {
    return new ClaimTotal(
        year,
        unitLabel,
        claims + n,
        ruleAmount.add(rule),
        approvedAmount.add(approved),
        paidAmount.add(paid));
  }
}
