package org.constable.training;

import java.io.Serializable;
import java.util.Locale;

/** One officer's days against its quota for the year, and the forecast from its enrolments. */
public record QuotaOfficerRow(
    long officerId,
    String policeNumber,
    String name,
    String unitZh,
    String unitEn,
    int owedHalfDays,
    int creditedHalfDays,
    int enrolledHalfDays)
    implements Serializable {

  public String unit(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitZh : unitEn;
  }

  public String owedDays() {
    return HalfDays.format(owedHalfDays);
  }

  public String creditedDays() {
    return HalfDays.format(creditedHalfDays);
  }

  public String forecastDays() {
    return HalfDays.format(creditedHalfDays + enrolledHalfDays);
  }

  public String missingDays() {
    return HalfDays.format(QuotaRule.shortfall(owedHalfDays, creditedHalfDays));
  }

  public boolean shortNow() {
    return creditedHalfDays < owedHalfDays;
  }

  public boolean shortByYearEnd() {
    return creditedHalfDays + enrolledHalfDays < owedHalfDays;
  }
}
