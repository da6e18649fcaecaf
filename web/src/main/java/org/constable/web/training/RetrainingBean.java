package org.constable.web.training;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.constable.training.RetrainingRow;
import org.constable.training.RetrainingStatus;
import org.constable.training.Retrainings;
import org.constable.web.shell.PagedModel;

/** 不合格复训: who is due for retraining, who passed it, who failed it and went off post. */
@Named
@ViewScoped
public class RetrainingBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Retrainings retrainings;

  private RetrainingStatus status = RetrainingStatus.DUE;

  private final PagedModel<RetrainingRow> model =
      new PagedModel<>(
          () -> retrainings.count(status),
          (first, size, sortBy) -> retrainings.list(status, first, size),
          RetrainingRow::id);

  public RetrainingStatus[] getStatuses() {
    return RetrainingStatus.values();
  }

  public PagedModel<RetrainingRow> getModel() {
    return model;
  }

  public RetrainingStatus getStatus() {
    return status;
  }

  public void setStatus(RetrainingStatus status) {
    this.status = status;
  }
}
