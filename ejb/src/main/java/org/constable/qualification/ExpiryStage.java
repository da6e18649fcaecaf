package org.constable.qualification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The alerts of a certificate's expiry: the first (90 days before by default), the second (30 days)
 * and the expiry itself, on the first day it no longer counts. Each is raised once; a run that
 * comes late raises only the latest one due (a certificate found 20 days from expiry gets the
 * second alert, not the first as well).
 */
public enum ExpiryStage {
  FIRST,
  SECOND,
  EXPIRED;

  /**
   * @param firstDays the first alert is due from this many days before the expiry day
   * @param secondDays the second, from this many (fewer) days before
   */
  public static Optional<ExpiryStage> due(
      LocalDate expiresOn, LocalDate today, int firstDays, int secondDays) {
    if (expiresOn == null) {
      return Optional.empty();
    }
    long daysLeft = ChronoUnit.DAYS.between(today, expiresOn);
    if (daysLeft < 0) {
      return Optional.of(EXPIRED);
    }
    if (daysLeft <= secondDays) {
      return Optional.of(SECOND);
    }
    if (daysLeft <= firstDays) {
      return Optional.of(FIRST);
    }
    return Optional.empty();
  }
}
