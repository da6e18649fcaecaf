package org.constable.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and averages as the policy states them: one decimal, rounded half up. */
final class Percent {

  private Percent() {}

  /** {@code part} of {@code whole} in percent; a share of nobody is 0%. */
  static BigDecimal of(long part, long whole) {
    return ratio(part * 100, whole);
  }

  /** {@code sum / count} to one decimal; the average of nobody is 0. */
  static BigDecimal ratio(long sum, long count) {
    if (count == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
  }
}
