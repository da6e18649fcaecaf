package org.constable.reporting;

import java.io.Serializable;
import java.math.BigDecimal;

/** How many officers have a property, and what percentage of the officers counted that is. */
public record Share(long count, BigDecimal percent) implements Serializable {

  public static Share of(long count, long officers) {
    return new Share(count, Percent.of(count, officers));
  }
}
