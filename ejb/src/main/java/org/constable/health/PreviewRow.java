package org.constable.health;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A workbook row as it would be saved: the officer it matched and the codes its labels mean. */
public record PreviewRow(
    int rowNumber,
    String policeNumber,
    String name,
    LocalDate checkedOn,
    String institution,
    String conclusion,
    List<String> conditions,
    LocalDate followUpOn)
    implements Serializable {

  public PreviewRow {
    conditions = List.copyOf(conditions);
  }
}
