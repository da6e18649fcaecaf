package org.constable.web.reporting;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.constable.reporting.WorkforceStatistics;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.constable.web.shell.HomeCard;

/** Police stations of the caller's scope below their minimum staffing (attachment 1). */
@Dependent
public class StationsBelowMinimumCard implements HomeCard {

  @Inject private WorkforceStatistics statistics;

  @Override
  public String id() {
    return "stationsBelowMinimum";
  }

  @Override
  public boolean isFor(CurrentUser user) {
    return user.can(Permissions.WORKFORCE_READ);
  }

  @Override
  public long count() {
    return statistics.stationStaffing(null, null).belowMinimum().size();
  }

  @Override
  public String textKey() {
    return "workforce.card";
  }

  @Override
  public String outcome() {
    return "/reporting/workforce";
  }

  @Override
  public int order() {
    return 20;
  }
}
