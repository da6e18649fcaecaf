package org.constable.recuperation;

import java.io.Serializable;
import java.util.Locale;

/** A member of a group as HR sees it: who, why the rules chose it, and how it ended. */
public record MemberRow(
    long id,
    long officerId,
    String policeNumber,
    String name,
    String unitZh,
    String unitEn,
    MemberState state,
    boolean healthReason,
    int frontYears,
    String note,
    long version)
    implements Serializable {

  public String unit(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }
}
