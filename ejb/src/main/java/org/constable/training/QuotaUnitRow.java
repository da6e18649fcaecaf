package org.constable.training;

import java.io.Serializable;
import java.util.Locale;

/** A unit's standing against the quota: its own officers and those of the units beneath it. */
public record QuotaUnitRow(
    long unitId,
    String unitCode,
    String nameZh,
    String nameEn,
    boolean hasChildren,
    long officers,
    long owedHalfDays,
    long creditedHalfDays,
    long shortNow,
    long shortByYearEnd)
    implements Serializable {

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }

  public String owedDays() {
    return HalfDays.format(owedHalfDays);
  }

  public String creditedDays() {
    return HalfDays.format(creditedHalfDays);
  }

  /** How many of the unit's officers the officer list shows with this shortfall (all lines). */
  public long officers(QuotaFilter.Shortfall shortfall) {
    return switch (shortfall) {
      case ALL -> officers;
      case SHORT_NOW -> shortNow;
      case SHORT_BY_YEAR_END -> shortByYearEnd;
    };
  }

  /** Credited against owed, in percent (100 when nothing is owed). */
  public int percentDone() {
    return owedHalfDays == 0 ? 100 : (int) Math.min(100, 100 * creditedHalfDays / owedHalfDays);
  }
}
