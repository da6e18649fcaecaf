package org.constable.training;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.constable.personnel.RowError;
import org.constable.platform.BusinessException;

/**
 * A roll or a sheet of scores had bad rows; nothing of it was saved. Each error names its row (its
 * line in the page or the workbook) and the trainee.
 */
@ApplicationException(rollback = true)
public class TrainingRowsRejectedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<RowError> errors;

  public TrainingRowsRejectedException(List<RowError> errors) {
    super("training.rows.rejected", errors.size());
    this.errors = List.copyOf(errors);
  }

  public List<RowError> getErrors() {
    return errors;
  }
}
