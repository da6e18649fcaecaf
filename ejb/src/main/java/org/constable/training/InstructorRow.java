package org.constable.training;

import java.io.Serializable;
import java.time.LocalDate;

/** An instructor with its teaching load in the year asked for. */
public record InstructorRow(
    long id,
    String name,
    String policeNumber,
    String organisation,
    String speciality,
    LocalDate appointedFrom,
    LocalDate appointedTo,
    long sessionsThisYear,
    long halfDaysThisYear)
    implements Serializable {

  public boolean internal() {
    return policeNumber != null;
  }

  public String daysThisYear() {
    return HalfDays.format(halfDaysThisYear);
  }

  /** "王伟 (100234)" or "李教授 (内蒙古警察职业学院)". */
  public String label() {
    String detail = internal() ? policeNumber : organisation;
    return detail == null || detail.isBlank() ? name : name + " (" + detail + ")";
  }
}
