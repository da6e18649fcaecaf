package org.constable.education;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares of an amount in yuan: exact, rounded HALF_UP to 0.01 yuan (one fen). */
public final class Percent {

  public static final BigDecimal HUNDRED = new BigDecimal("100");
  public static final int YUAN_SCALE = 2;
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  private Percent() {}

  public static BigDecimal of(BigDecimal amount, BigDecimal percent) {
    return amount.multiply(percent).divide(HUNDRED, YUAN_SCALE, ROUNDING);
  }

  public static BigDecimal yuan(BigDecimal amount) {
    return amount.setScale(YUAN_SCALE, ROUNDING);
  }
}
