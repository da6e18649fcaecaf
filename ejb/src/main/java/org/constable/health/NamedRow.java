package org.constable.health;

import java.io.Serializable;
import java.time.LocalDate;

/** One officer of a named drill-down: who, where, its last check and the follow-up it asked for. */
public record NamedRow(
    long officerId,
    String policeNumber,
    String name,
    String unitLabelZh,
    String unitLabelEn,
    LocalDate lastCheck,
    LocalDate followUpOn)
    implements Serializable {

  public String unitLabel(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitLabelZh : unitLabelEn;
  }
}
