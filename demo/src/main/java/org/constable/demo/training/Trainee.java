package org.constable.demo.training;

import java.time.LocalDate;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;

/**
 * A serving member of the force as the plan sees it. A protected trainee (a demo log-in, a trainee
 * of the sessions the browser demo needs) never falls short of the quota and never fails an exam.
 */
record Trainee(
    long id,
    Org org,
    LocalDate joined,
    PersonnelCategory category,
    OfficerStatus status,
    boolean isProtected) {

  boolean isPolice() {
    return category == PersonnelCategory.POLICE;
  }

  /** Only an officer on duty is sent to off-post training by a failed retraining. */
  boolean mayGoOffPost() {
    return !isProtected && status == OfficerStatus.ON_DUTY;
  }
}
