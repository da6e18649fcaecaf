package org.constable.leave;

import java.util.List;

/**
 * The annual leave of one officer in one year, and why.
 *
 * @param days the whole days the officer is entitled to
 * @param fullYears the cumulative full years of work at the year's end
 * @param reasonKey the message key of the rule that decided it
 * @param args the arguments of that message
 */
public record Entitlement(int days, int fullYears, String reasonKey, List<Object> args) {

  public boolean excluded() {
    return reasonKey.startsWith(EntitlementRule.EXCLUDED_PREFIX);
  }
}
