package org.constable.platform;

import jakarta.ejb.ApplicationException;

/** What was asked for does not exist (HTTP 404). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

  public NotFoundException(String what, Object id) {
    super("error.notFound", what, id);
  }
}
