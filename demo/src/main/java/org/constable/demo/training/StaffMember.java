package org.constable.demo.training;

import java.time.LocalDate;

/** An instructor as the plan staffs sessions with it; external ones have no officer. */
record StaffMember(
    long instructorId,
    Long officerId,
    String policeNumber,
    boolean internal,
    LocalDate from,
    LocalDate to) {

  boolean appointedOn(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }
}
