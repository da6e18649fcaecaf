package org.constable.personnel;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.constable.platform.BusinessException;

/** A form or a row had bad fields; nothing was saved. Each error names its field. */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super("personnel.input.invalid", errors.size());
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> getErrors() {
    return errors;
  }
}
