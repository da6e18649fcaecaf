package org.constable.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * The row of a scheduled job (seeded by the job's migration): a run locks it for its transaction,
 * so that a second run, on another node of a cluster or from ADMIN's button, waits for the first
 * and then finds its work done.
 */
@Entity
@Table(name = "job_lock")
public class JobLock {

  /** A run of a daily job may take this long before a second one gives up waiting. */
  private static final int WAIT_MILLIS = 120_000;

  @Id
  @Column(name = "job_name")
  private String name;

  @Column(name = "last_run_at")
  private LocalDateTime lastRunAt;

  protected JobLock() {}

  /** Locks the job's row until the caller's transaction ends. */
  public static JobLock acquire(EntityManager em, String name) {
    JobLock lock =
        em.find(
            JobLock.class,
            name,
            LockModeType.PESSIMISTIC_WRITE,
            Map.of("jakarta.persistence.lock.timeout", WAIT_MILLIS));
    if (lock == null) {
      throw new IllegalStateException("No job_lock row for " + name);
    }
    return lock;
  }

  public void ran(LocalDateTime at) {
    lastRunAt = at;
  }

  public LocalDateTime getLastRunAt() {
    return lastRunAt;
  }
}
