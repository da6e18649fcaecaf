package org.constable.recuperation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;

/** A group as the list shows it: where, when, for which unit, and how its places stand. */
public record GroupRow(
    long id,
    String name,
    String place,
    LocalDate from,
    LocalDate to,
    int places,
    String unitZh,
    String unitEn,
    long selected,
    long attended,
    long declined,
    long version)
    implements Serializable {

  public String unit(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }

  /** Places not yet taken by a selected or attending member. */
  public long free() {
    return Math.max(0, places - selected - attended);
  }
}
