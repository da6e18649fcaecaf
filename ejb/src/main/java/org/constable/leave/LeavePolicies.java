package org.constable.leave;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.constable.policy.PolicyService;

/** The capability's parameters, read when a rule is built. */
@Dependent
public class LeavePolicies {

  static final String CARRY_OVER = "leave.carryOverYears";
  static final String TARGET = "leave.targetPercent";
  static final String UNTAKEN_MONTH = "leave.untakenMonth";
  static final int MONTH_DAYS = 30;

  @Inject private PolicyService policy;

  public LeavePolicy current() {
    return new LeavePolicy(policy.intValue(CARRY_OVER), policy.decimalValue(TARGET), MONTH_DAYS);
  }

  /** The month from which the untaken list is sent to unit leaders (7: from 1 July). */
  int untakenMonth() {
    return policy.intValue(UNTAKEN_MONTH);
  }
}
