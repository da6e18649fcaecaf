package org.constable.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A record of training done elsewhere, as lists show it (the proof stays in the database). */
public record ExternalRow(
    long id,
    long officerId,
    String policeNumber,
    String officerName,
    String unitZh,
    String unitEn,
    ExternalKind kind,
    String title,
    String provider,
    LocalDate startDate,
    LocalDate endDate,
    int halfDays,
    String proofName,
    ExternalStatus status,
    String decisionReason,
    LocalDateTime submittedAt,
    String submittedByName,
    LocalDateTime decidedAt,
    String decidedByName,
    long version)
    implements Serializable {

  public String days() {
    return HalfDays.format(halfDays);
  }

  public String unit(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }
}
