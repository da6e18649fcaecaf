package org.constable.web.personnel;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.constable.personnel.RecruitMentoring;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.constable.web.shell.HomeCard;

/** HR's to-do: recruits of its scope that have no mentor yet (传帮带). */
@Dependent
public class RecruitsWithoutMentorCard implements HomeCard {

  @Inject private RecruitMentoring mentoring;

  @Override
  public String id() {
    return "recruitsWithoutMentor";
  }

  @Override
  public boolean isFor(CurrentUser user) {
    return user.can(Permissions.PERSONNEL_WRITE);
  }

  @Override
  public long count() {
    return mentoring.count(true);
  }

  @Override
  public String textKey() {
    return "recruits.card";
  }

  @Override
  public String outcome() {
    return "/personnel/recruits";
  }

  @Override
  public int order() {
    return 10;
  }
}
