package org.constable.training;

import java.io.Serializable;
import java.util.Locale;

/**
 * A trainee on the roll of one day: what the day holds for it (0 absent, 1 half a day, 2 the whole
 * day), whether it checked in by phone, whether the roll was confirmed, and what the other days of
 * the session already credit it.
 */
public record RollRow(
    long officerId,
    String policeNumber,
    String name,
    String unitZh,
    String unitEn,
    int halfDays,
    boolean checkedIn,
    boolean confirmed,
    int otherDaysHalfDays)
    implements Serializable {

  public String unit(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }
}
