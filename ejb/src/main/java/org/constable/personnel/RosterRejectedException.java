package org.constable.personnel;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.constable.platform.BusinessException;

/** A roster had bad rows; nothing of it was saved. Carries every error, in row order. */
@ApplicationException(rollback = true)
public class RosterRejectedException extends BusinessException {

  private final List<RowError> errors;

  public RosterRejectedException(List<RowError> errors) {
    super(
        "roster.rejected",
        errors.size(),
        errors.stream().mapToInt(RowError::rowNumber).distinct().count());
    this.errors = List.copyOf(errors);
  }

  public List<RowError> getErrors() {
    return errors;
  }
}
