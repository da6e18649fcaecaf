package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.constable.personnel.UnitRow;
import org.constable.platform.BusinessException;
import org.constable.training.EnrolSelection;
import org.constable.training.EnrolmentOutcome;
import org.constable.training.Enrolments;
import org.constable.training.SessionDetails;
import org.constable.training.SessionPlanner;
import org.constable.training.TraineeRow;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.ViewParameters;

/**
 * One session, for its HR and its staff: the details, the trainees and their enrolment. The roll,
 * the check-in code and the score sheet have beans of their own that read {@link #getSessionId()}.
 */
@Named
@ViewScoped
public class SessionBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private SessionPlanner planner;
  @Inject private Enrolments enrolments;

  private String id;
  private long sessionId;
  private SessionDetails details;
  private List<TraineeRow> trainees;
  private List<String> picked = new ArrayList<>();
  private UnitRow unit;
  private String lineCode;
  private EnrolSelection selection = EnrolSelection.EVERYONE;

  /** The view action: a hand-edited id is 404, a session the caller may not see 403. */
  public void load() {
    sessionId = ViewParameters.id("TrainingSession", id);
    refresh();
  }

  private void refresh() {
    details = planner.details(sessionId);
    trainees = enrolments.trainees(sessionId);
  }

  public void enrolPicked() {
    enrol(() -> enrolments.enrolPoliceNumbers(sessionId, picked));
    picked = new ArrayList<>();
  }

  public void enrolUnit() {
    if (unit == null) {
      FacesMessages.error("training.enrol.unitRequired");
      return;
    }
    enrol(() -> enrolments.enrolUnit(sessionId, unit.code(), lineCode, selection));
  }

  public void withdraw(TraineeRow trainee) {
    if (FacesMessages.attempt(
        () -> enrolments.withdraw(sessionId, trainee.officerId()),
        "training.enrol.withdrawn",
        trainee.name())) {
      refresh();
    }
  }

  private void enrol(java.util.function.Supplier<EnrolmentOutcome> action) {
    try {
      EnrolmentOutcome outcome = action.get();
      FacesMessages.info("training.enrol.done", outcome.enrolled(), outcome.alreadyEnrolled());
      if (!outcome.warned().isEmpty()) {
        FacesMessages.error("training.enrol.warned", String.join("、", outcome.warned()));
      }
      refresh();
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public long getSessionId() {
    return sessionId;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public SessionDetails getDetails() {
    return details;
  }

  public List<TraineeRow> getTrainees() {
    return trainees;
  }

  public List<String> getPicked() {
    return picked;
  }

  public void setPicked(List<String> picked) {
    this.picked = picked;
  }

  public UnitRow getUnit() {
    return unit;
  }

  public void setUnit(UnitRow unit) {
    this.unit = unit;
  }

  public String getLineCode() {
    return lineCode;
  }

  public void setLineCode(String lineCode) {
    this.lineCode = lineCode;
  }

  public EnrolSelection getSelection() {
    return selection;
  }

  public EnrolSelection[] getSelections() {
    return EnrolSelection.values();
  }

  public void setSelection(EnrolSelection selection) {
    this.selection = selection;
  }
}
