package org.constable.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.constable.policy.PolicyService;

/** The training rules with their policy parameters, for the services that apply them. */
@Dependent
class TrainingPolicy {

  static final String QUOTA_DAYS = "training.quota.days";
  static final String ROTATION_YEARS = "training.rotation.years";
  static final String BUDGET_FLOOR_PERCENT = "training.budget.floorPercent";
  static final String MINIMUM_RATINGS = "training.evaluation.minimumRatings";

  @Inject private PolicyService policy;

  QuotaRule quota() {
    return new QuotaRule(policy.intValue(QUOTA_DAYS));
  }

  RotationRule rotation() {
    return new RotationRule(policy.intValue(ROTATION_YEARS));
  }

  /** 教育训练经费不低于业务经费的5%. */
  int budgetFloorPercent() {
    return policy.intValue(BUDGET_FLOOR_PERCENT);
  }

  /** Below this many ratings an instructor's average is not shown: too few to stay anonymous. */
  int minimumRatings() {
    return policy.intValue(MINIMUM_RATINGS);
  }
}
