package org.constable.health;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.constable.policy.PolicyService;

/** The health checks' parameter: the interval within which a check is due. */
@Dependent
public class HealthPolicy {

  static final String INTERVAL = "health.check.intervalMonths";

  @Inject private PolicyService policy;

  CheckSchedule schedule() {
    return new CheckSchedule(policy.intValue(INTERVAL));
  }
}
