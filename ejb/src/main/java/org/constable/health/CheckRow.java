package org.constable.health;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One check as the archive shows it; conclusion and conditions as codes of HCONCL and HCOND. */
public record CheckRow(
    long id,
    LocalDate checkedOn,
    String institution,
    String conclusion,
    String findings,
    List<String> conditions,
    LocalDate followUpOn,
    long version)
    implements Serializable {

  public CheckRow {
    conditions = List.copyOf(conditions);
  }

  public int year() {
    return checkedOn.getYear();
  }
}
