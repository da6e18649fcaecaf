package org.constable.platform;

import jakarta.ejb.ApplicationException;

/** The caller's role or data scope does not cover what it asked for (HTTP 403). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

  public AccessDeniedException() {
    super("error.accessDenied");
  }
}
