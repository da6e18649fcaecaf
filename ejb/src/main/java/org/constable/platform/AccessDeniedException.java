package org.constable.platform;

import jakarta.ejb.ApplicationException;

/** The caller's role or data scope does not cover what it asked for (HTTP 403). */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

  private transient boolean recorded;

  public AccessDeniedException() {
    super("error.accessDenied");
  }

  /**
   * True the first time only: a refusal passes through the guard of every service on its way out,
   * and the security log takes it once.
   */
  public boolean markRecorded() {
    boolean first = !recorded;
    recorded = true;
    return first;
  }
}
