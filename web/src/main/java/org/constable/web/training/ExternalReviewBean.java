package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.constable.platform.BusinessException;
import org.constable.training.ExternalRow;
import org.constable.training.ExternalTrainings;
import org.constable.web.shell.FacesMessages;
import org.primefaces.PrimeFaces;

/** HR decides on training done elsewhere: the proof, then approve, or reject with a reason. */
@Named
@ViewScoped
public class ExternalReviewBean implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int SHOWN = 200;

  @Inject private ExternalTrainings trainings;

  private List<ExternalRow> pending;
  private ExternalRow rejecting;
  private String reason;

  public List<ExternalRow> getPending() {
    if (pending == null) {
      pending = trainings.pending(0, SHOWN);
    }
    return pending;
  }

  public long getPendingCount() {
    return trainings.pendingCount();
  }

  public void approve(ExternalRow row) {
    if (FacesMessages.attempt(
        () -> trainings.approve(row.id(), row.version()),
        "training.external.approved",
        row.officerName(),
        row.days())) {
      pending = null;
    }
  }

  public void startRejecting(ExternalRow row) {
    rejecting = row;
    reason = null;
  }

  public void reject() {
    if (rejecting == null) {
      return;
    }
    try {
      trainings.reject(rejecting.id(), reason, rejecting.version());
      FacesMessages.info("training.external.rejected", rejecting.officerName());
      pending = null;
      rejecting = null;
      PrimeFaces.current().executeScript("PF('rejectDialog').hide()");
    } catch (BusinessException e) {
      FacesMessages.error(e);
    }
  }

  public ExternalRow getRejecting() {
    return rejecting;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
