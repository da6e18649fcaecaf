package org.constable.web.leave;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.constable.leave.LeaveRow;
import org.constable.leave.Leaves;
import org.constable.web.shell.FacesMessages;
import org.constable.web.shell.PagedModel;

/** 休假审批: the unit leader decides the annual leave its officers ask for. */
@Named
@ViewScoped
public class ApprovalsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Leaves leaves;

  private final PagedModel<LeaveRow> model =
      new PagedModel<>(
          () -> leaves.countPending(),
          (first, size, sort) -> leaves.pending(first, size),
          LeaveRow::id);

  private LeaveRow selected;
  private String reason;

  public void approve(LeaveRow row) {
    FacesMessages.attempt(
        () -> leaves.approve(row.id(), row.version()),
        "leave.approvals.approved",
        row.officerName());
  }

  public void choose(LeaveRow row) {
    selected = row;
    reason = null;
  }

  public void decline() {
    FacesMessages.attempt(
        () -> leaves.decline(selected.id(), selected.version(), reason),
        "leave.approvals.declined",
        selected.officerName());
  }

  public PagedModel<LeaveRow> getModel() {
    return model;
  }

  public LeaveRow getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
