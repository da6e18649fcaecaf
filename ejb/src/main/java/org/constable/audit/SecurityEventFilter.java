package org.constable.audit;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the audit page narrows the security log to; every field is optional. {@code actor} and
 * {@code officerPoliceNumber} are police numbers (the actor of a failed log-in is the name typed);
 * the period runs from {@code from} to {@code to}, both days included.
 */
public record SecurityEventFilter(
    String actor,
    SecurityEventType type,
    SecurityOutcome outcome,
    String officerPoliceNumber,
    LocalDate from,
    LocalDate to)
    implements Serializable {

  public static SecurityEventFilter none() {
    return new SecurityEventFilter(null, null, null, null, null, null);
  }
}
