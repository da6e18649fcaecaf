package org.constable.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/** A trainee's line of a session's score sheet. */
public record ScoreRow(
    long officerId,
    String policeNumber,
    String name,
    String unitZh,
    String unitEn,
    BigDecimal score,
    Boolean passed)
    implements Serializable {

  public String unit(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }
}
