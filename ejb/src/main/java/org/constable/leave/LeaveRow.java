package org.constable.leave;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** A leave as the officer, its leader and HR see it, with names, not codes. */
public record LeaveRow(
    long id,
    long officerId,
    String policeNumber,
    String officerName,
    String unitZh,
    String unitEn,
    LeaveType type,
    LocalDate from,
    LocalDate to,
    int days,
    boolean payDeducted,
    String reason,
    LeaveState state,
    LocalDateTime requestedAt,
    String requestedByName,
    LocalDateTime decidedAt,
    String decidedByName,
    String declineReason,
    long version)
    implements Serializable {

  public String unit(Locale locale) {
    return "en".equals(locale.getLanguage()) && unitEn != null ? unitEn : unitZh;
  }

  public boolean requested() {
    return state == LeaveState.REQUESTED;
  }
}
