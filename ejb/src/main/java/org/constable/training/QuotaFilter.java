package org.constable.training;

import java.io.Serializable;

/**
 * Which officers of the report: a unit and those beneath it (null for the caller's scope), only
 * those short now or short by the year's end, of one police line (null for all).
 */
public record QuotaFilter(int year, String unitCode, Shortfall shortfall, String lineCode)
    implements Serializable {

  public enum Shortfall {
    ALL,
    SHORT_NOW,
    SHORT_BY_YEAR_END
  }

  public QuotaFilter {
    shortfall = shortfall == null ? Shortfall.ALL : shortfall;
    lineCode = lineCode == null || lineCode.isBlank() ? null : lineCode;
  }

  public QuotaFilter(int year, String unitCode, Shortfall shortfall) {
    this(year, unitCode, shortfall, null);
  }
}
