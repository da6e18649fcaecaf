package org.constable.health;

import java.io.Serializable;

/**
 * One unit's health checks in a year, as counts only: its active officers, those checked in the
 * year, those overdue today.
 */
public record CoverageRow(
    long unitId, String labelZh, String labelEn, long officers, long checked, long overdue)
    implements Serializable {

  public String label(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? labelZh : labelEn;
  }

  /** The share checked, in whole per cent (0 for a unit without officers). */
  public long percentChecked() {
    return officers == 0 ? 0 : Math.round(100.0 * checked / officers);
  }
}
