package org.constable.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.constable.platform.BusinessException;

/** What an officer (or HR for it) types about training done elsewhere. */
public record ExternalInput(
    ExternalKind kind,
    String title,
    String provider,
    LocalDate startDate,
    LocalDate endDate,
    int halfDays)
    implements Serializable {

  static final int LONGEST_TITLE = 200;
  static final int LONGEST_PROVIDER = 100;

  /**
   * Refuses what cannot be approved: a missing field, an end before the start or after today (only
   * training already done is recorded), more half days than the calendar days allow.
   */
  void check(LocalDate today) {
    if (kind == null) {
      throw new BusinessException("training.external.kindRequired");
    }
    requireText(title, LONGEST_TITLE, "training.external.titleRequired");
    requireText(provider, LONGEST_PROVIDER, "training.external.providerRequired");
    if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
      throw new BusinessException("training.external.dates");
    }
    if (endDate.isAfter(today)) {
      throw new BusinessException("training.external.notYetEnded");
    }
    long calendarDays = ChronoUnit.DAYS.between(startDate, endDate) + 1;
    if (halfDays < 1 || halfDays > 2 * calendarDays) {
      throw new BusinessException("training.external.halfDays", calendarDays);
    }
  }

  private static void requireText(String text, int longest, String key) {
    if (text == null || text.isBlank()) {
      throw new BusinessException(key);
    }
    if (text.strip().length() > longest) {
      throw new BusinessException("training.external.tooLong", longest);
    }
  }
}
