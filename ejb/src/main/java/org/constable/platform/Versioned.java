package org.constable.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

/** Optimistic locking at the service boundary: the version the user saw must still be current. */
public final class Versioned {

  private Versioned() {}

  /**
   * Fails when the record changed since the user loaded it. The JPA version check on flush catches
   * the race that remains between this check and the commit.
   */
  public static void requireCurrent(long currentVersion, long versionSeenByUser) {
    if (currentVersion != versionSeenByUser) {
      throw new ConcurrentEditException();
    }
  }

  /** Writes pending changes now, so that a lost race becomes a clear message, not a rollback. */
  public static void flush(EntityManager em) {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw new ConcurrentEditException();
    }
  }
}
