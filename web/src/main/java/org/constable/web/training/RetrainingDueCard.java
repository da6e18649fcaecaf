package org.constable.web.training;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.constable.training.RetrainingStatus;
import org.constable.training.Retrainings;
import org.constable.web.shell.HomeCard;

/** HR's to-do: officers of its scope on the retraining list. */
@Dependent
public class RetrainingDueCard implements HomeCard {

  @Inject private Retrainings retrainings;

  @Override
  public String id() {
    return "retrainingDue";
  }

  @Override
  public boolean isFor(CurrentUser user) {
    return user.can(Permissions.TRAINING_MANAGE);
  }

  @Override
  public long count() {
    return retrainings.count(RetrainingStatus.DUE);
  }

  @Override
  public String textKey() {
    return "training.retraining.card";
  }

  @Override
  public String outcome() {
    return "/training/retraining";
  }

  @Override
  public int order() {
    return 30;
  }
}
