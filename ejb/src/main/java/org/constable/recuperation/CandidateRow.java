package org.constable.recuperation;

import java.io.Serializable;
import java.util.Locale;

/** An officer the rules would choose next, in their order, with what ranked it. */
public record CandidateRow(
    long officerId, String unitZh, String unitEn, String name, Priority priority)
    implements Serializable {

  public String unit(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }
}
