package org.constable.education;

import java.math.BigDecimal;
import java.util.List;

/**
 * The share the rule gives: the percent of the tuition, the amount in yuan, the rule that applied
 * (a bundle key naming it) and the facts it rests on, as the key's arguments.
 */
public record ReimbursementResult(
    BigDecimal percent, BigDecimal amount, String ruleKey, List<Object> reasonArguments) {

  public ReimbursementResult {
    reasonArguments = List.copyOf(reasonArguments);
  }

  public boolean covered() {
    return percent.signum() > 0;
  }
}
