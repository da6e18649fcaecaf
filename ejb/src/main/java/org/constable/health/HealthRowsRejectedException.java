package org.constable.health;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.constable.personnel.RowError;
import org.constable.platform.BusinessException;

/** A health check workbook had bad rows; nothing of it was saved. */
@ApplicationException(rollback = true)
public class HealthRowsRejectedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<RowError> errors;

  public HealthRowsRejectedException(List<RowError> errors) {
    super("health.import.rejected", errors.size());
    this.errors = List.copyOf(errors);
  }

  public List<RowError> getErrors() {
    return errors;
  }
}
