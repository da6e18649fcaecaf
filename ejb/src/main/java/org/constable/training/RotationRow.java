package org.constable.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An officer or staff member and its centralised rotation: the last one and when the next is due.
 */
public record RotationRow(
    long officerId,
    String policeNumber,
    String name,
    String unitZh,
    String unitEn,
    LocalDate lastRotation,
    LocalDate due,
    RotationRule.Standing standing)
    implements Serializable {

  public String unit(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }
}
