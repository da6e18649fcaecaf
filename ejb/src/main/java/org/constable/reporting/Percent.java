package org.constable.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares and averages as the policy states them: one decimal, rounded half up. */
final class Percent {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /** {@code part} of {@code whole} in percent; zero of nothing is 0%. */
  static BigDecimal of(long part, long whole) {
    return whole == 0 ? BigDecimal.ZERO.setScale(1) : ratio(part * 100, whole);
  }

  static BigDecimal ratio(long numerator, long denominator) {
    if (denominator == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
  }

  static BigDecimal hundred() {
    return HUNDRED;
  }
}
