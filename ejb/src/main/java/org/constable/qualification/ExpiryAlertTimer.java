package org.constable.qualification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Runs the expiry check every night; persistent, so that a night the server was down is caught up.
 */
@Singleton
public class ExpiryAlertTimer {

  @Inject private ExpiryAlerts alerts;

  @Schedule(hour = "1", minute = "30", persistent = true, info = ExpiryAlerts.JOB)
  void daily() {
    alerts.runScheduled();
  }
}
