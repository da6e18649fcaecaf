package org.constable.training;

import java.io.Serializable;
import java.util.Locale;
import org.constable.personnel.OfficerStatus;

/** An officer enrolled in a session. */
public record TraineeRow(
    long officerId,
    String policeNumber,
    String name,
    String unitZh,
    String unitEn,
    OfficerStatus status)
    implements Serializable {

  static final String SELECT =
      "SELECT NEW org.constable.training.TraineeRow(o.id, o.policeNumber, o.name, u.labelZh,"
          + " u.labelEn, o.status) FROM Enrolment e JOIN e.officer o JOIN o.unit u";

  public String unit(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }
}
