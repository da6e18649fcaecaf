package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.constable.training.RotationReport;
import org.constable.training.RotationRow;
import org.constable.training.RotationRule;
import org.constable.web.shell.PagedModel;

/** 三年内集中轮训一次: who is overdue for centralised rotation, and who falls due this year. */
@Named
@ViewScoped
public class RotationBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private RotationReport report;

  private RotationRule.Standing standing = RotationRule.Standing.OVERDUE;

  private final PagedModel<RotationRow> model =
      new PagedModel<>(
          () -> report.count(standing),
          (first, size, sortBy) -> report.rows(standing, first, size),
          RotationRow::officerId);

  public RotationRule.Standing[] getStandings() {
    return new RotationRule.Standing[] {
      RotationRule.Standing.OVERDUE, RotationRule.Standing.DUE_THIS_YEAR
    };
  }

  public PagedModel<RotationRow> getModel() {
    return model;
  }

  public RotationRule.Standing getStanding() {
    return standing;
  }

  public void setStanding(RotationRule.Standing standing) {
    this.standing = standing;
  }
}
