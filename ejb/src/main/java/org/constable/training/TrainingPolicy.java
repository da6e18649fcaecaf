package org.constable.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.constable.policy.PolicyService;

/** The training rules with their policy parameters, for the services that apply them. */
@Dependent
class TrainingPolicy {

  static final String QUOTA_DAYS = "training.quota.days";
  static final String ROTATION_YEARS = "training.rotation.years";

  @Inject private PolicyService policy;

  QuotaRule quota() {
    return new QuotaRule(policy.intValue(QUOTA_DAYS));
  }

  RotationRule rotation() {
    return new RotationRule(policy.intValue(ROTATION_YEARS));
  }
}
