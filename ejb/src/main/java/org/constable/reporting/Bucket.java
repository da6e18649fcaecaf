package org.constable.reporting;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One value of a distribution (an age band, education level, rank or grade code) with its count and
 * its percentage of the officers counted. A null code stands for officers without a value.
 */
public record Bucket(String code, long count, BigDecimal percent) implements Serializable {

  public static Bucket of(String code, long count, long officers) {
    return new Bucket(code, count, Percent.of(count, officers));
  }
}
