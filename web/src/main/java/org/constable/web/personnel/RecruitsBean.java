package org.constable.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.constable.personnel.RecruitMentoring;
import org.constable.personnel.RecruitRow;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.PagedModel;

/** The recruits of the scope and their mentors; HR assigns the missing ones. */
@Named
@ViewScoped
public class RecruitsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RecruitMentoring mentoring;
  @Inject private CurrentUser currentUser;

  private boolean withoutMentorOnly = true;
  private RecruitRow selected;
  private String mentorPoliceNumber;

  private final PagedModel<RecruitRow> model =
      new PagedModel<>(
          () -> mentoring.count(withoutMentorOnly),
          (first, pageSize, sortBy) -> mentoring.recruits(withoutMentorOnly, first, pageSize),
          RecruitRow::id);

  public void select(RecruitRow row) {
    selected = row;
    mentorPoliceNumber = row.mentorPoliceNumber();
  }

  public void assign() {
    if (FacesMessages.attempt(
        () -> mentoring.assignMentor(selected.id(), mentorPoliceNumber),
        "recruits.assigned",
        selected.name())) {
      selected = null;
    }
  }

  public boolean isEditable() {
    return currentUser.can(Permissions.PERSONNEL_WRITE);
  }

  public PagedModel<RecruitRow> getModel() {
    return model;
  }

  public boolean isWithoutMentorOnly() {
    return withoutMentorOnly;
  }

  public void setWithoutMentorOnly(boolean withoutMentorOnly) {
    this.withoutMentorOnly = withoutMentorOnly;
  }

  public RecruitRow getSelected() {
    return selected;
  }

  public String getMentorPoliceNumber() {
    return mentorPoliceNumber;
  }

  public void setMentorPoliceNumber(String mentorPoliceNumber) {
    this.mentorPoliceNumber = mentorPoliceNumber;
  }
}
