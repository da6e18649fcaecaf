package org.constable.leave;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * A unit's leave rate: its subtree's totals; {@code child} for the units below the one asked for.
 */
public record LeaveRateRow(
    String unitCode, String unitZh, String unitEn, boolean child, LeaveRate rate, boolean meets)
    implements Serializable {

  public String unit(Locale locale) {
    return "en".equals(locale.getLanguage()) && unitEn != null ? unitEn : unitZh;
  }

  public BigDecimal percent() {
    return rate.percent();
  }

  public BigDecimal fullShare() {
    return rate.fullShare();
  }
}
