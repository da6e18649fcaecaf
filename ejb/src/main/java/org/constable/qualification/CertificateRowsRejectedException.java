package org.constable.qualification;

import jakarta.ejb.ApplicationException;
import java.util.List;
import org.constable.personnel.RowError;
import org.constable.platform.BusinessException;

/** A certificate workbook had bad rows; nothing of it was saved. */
@ApplicationException(rollback = true)
public class CertificateRowsRejectedException extends BusinessException {

  private static final long serialVersionUID = 1L;

  private final List<RowError> errors;

  public CertificateRowsRejectedException(List<RowError> errors) {
    super("qualification.import.rejected", errors.size());
    this.errors = List.copyOf(errors);
  }

  public List<RowError> getErrors() {
    return errors;
  }
}
