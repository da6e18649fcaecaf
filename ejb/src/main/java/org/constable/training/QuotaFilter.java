package org.constable.training;

import java.io.Serializable;

/**
 * Which officers of the report: a unit and those beneath it (null for the caller's scope), only
 * those short now or short by the year's end.
 */
public record QuotaFilter(int year, String unitCode, Shortfall shortfall) implements Serializable {

  public enum Shortfall {
    ALL,
    SHORT_NOW,
    SHORT_BY_YEAR_END
  }

  public QuotaFilter {
    shortfall = shortfall == null ? Shortfall.ALL : shortfall;
  }
}
