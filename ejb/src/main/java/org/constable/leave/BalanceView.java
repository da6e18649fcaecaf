package org.constable.leave;

import java.io.Serializable;
import java.util.List;

/**
 * An officer's annual leave in one year, as its page shows it.
 *
 * @param ruleKey the message of the rule that decided the entitlement; {@code ruleArgs} its
 *     arguments
 */
public record BalanceView(
    int year,
    int entitled,
    int carried,
    int taken,
    int pending,
    int fullYears,
    String ruleKey,
    List<String> ruleArgs)
    implements Serializable {

  /** What is left to ask for: this year's and the carried days, less taken and asked for. */
  public int remaining() {
    return entitled + carried - taken - pending;
  }
}
