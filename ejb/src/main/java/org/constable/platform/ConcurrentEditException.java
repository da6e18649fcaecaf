package org.constable.platform;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same record first; nothing of this edit was written (HTTP 409). */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends BusinessException {

  public ConcurrentEditException() {
    super("error.concurrentEdit");
  }
}
