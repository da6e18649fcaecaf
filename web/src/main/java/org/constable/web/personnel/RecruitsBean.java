package org.constable.web.personnel;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.constable.personnel.RecruitMentoring;
import org.constable.personnel.RecruitRow;
import org.constable.security.CurrentUser;
import org.constable.security.Permissions;
import org.constable.web.shell.FacesMessages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The recruits of the scope and their mentors; HR assigns the missing ones. */
@Named
@ViewScoped
public class RecruitsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private transient RecruitMentoring mentoring;
  @Inject private transient CurrentUser currentUser;

  private boolean withoutMentorOnly = true;
  private RecruitRow selected;
  private String mentorPoliceNumber;

  private final LazyDataModel<RecruitRow> model =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) mentoring.count(withoutMentorOnly);
        }

        @Override
        public List<RecruitRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return mentoring.recruits(withoutMentorOnly, first, pageSize);
        }

        @Override
        public String getRowKey(RecruitRow row) {
          return String.valueOf(row.id());
        }

        @Override
        public RecruitRow getRowData(String rowKey) {
          return getWrappedData().stream()
              .filter(r -> String.valueOf(r.id()).equals(rowKey))
              .findFirst()
              .orElse(null);
        }
      };

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

  public LazyDataModel<RecruitRow> getModel() {
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
