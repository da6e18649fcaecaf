package org.constable.education;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.constable.personnel.Education;

/** The highest level an officer's records show as completed by a day. */
public final class HighestEducation {

  /** One record: its level and the day it was completed. */
  public record Completed(Education level, LocalDate graduatedOn) {}

  private HighestEducation() {}

  public static Optional<Education> on(Collection<Completed> records, LocalDate day) {
    return records.stream()
        .filter(r -> r.graduatedOn() != null && !r.graduatedOn().isAfter(day))
        .map(Completed::level)
        .max(Enum::compareTo);
  }
}
