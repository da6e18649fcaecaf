package org.constable.education;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * The deadline's alerts every night; persistent, so that a night the server was down is caught up.
 */
@Singleton
public class DeadlineAlertTimer {

  @Inject private Deadlines deadlines;

  @Schedule(hour = "1", minute = "45", persistent = true, info = Deadlines.JOB)
  void daily() {
    deadlines.runScheduled();
  }
}
