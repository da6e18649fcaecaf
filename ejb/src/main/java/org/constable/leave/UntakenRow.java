package org.constable.leave;

import java.io.Serializable;
import java.util.Locale;

/** An officer entitled to annual leave who has taken none of it this year (应休未休). */
public record UntakenRow(
    long officerId,
    String policeNumber,
    String officerName,
    String unitZh,
    String unitEn,
    int entitled,
    int carried,
    int pending)
    implements Serializable {

  public String unit(Locale locale) {
    return "en".equals(locale.getLanguage()) && unitEn != null ? unitEn : unitZh;
  }
}
