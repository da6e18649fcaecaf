package org.constable.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** An officer on the retraining list (or who has been on it). */
public record RetrainingRow(
    long id,
    long officerId,
    String policeNumber,
    String name,
    String unitZh,
    String unitEn,
    String courseZh,
    String courseEn,
    RetrainingStatus status,
    LocalDate openedOn,
    LocalDate closedOn)
    implements Serializable {

  static final String SELECT =
      "SELECT NEW org.constable.training.RetrainingRow(r.id, o.id, o.policeNumber, o.name,"
          + " u.labelZh, u.labelEn, c.nameZh, c.nameEn, r.status, r.openedOn, r.closedOn)"
          + " FROM Retraining r JOIN r.officer o JOIN o.unit u JOIN r.course c";

  public String unit(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }

  public String course(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? courseZh : courseEn;
  }
}
