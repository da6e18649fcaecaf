package org.constable.training;

import java.math.BigDecimal;

/** Training time is counted in half days, so that 14.5 days is exact; users see days. */
public final class HalfDays {

  private HalfDays() {}

  public static BigDecimal toDays(long halfDays) {
    return BigDecimal.valueOf(halfDays).divide(BigDecimal.valueOf(2)).stripTrailingZeros();
  }

  /** "15", "14.5". */
  public static String format(long halfDays) {
    return toDays(halfDays).toPlainString();
  }

  /**
   * {@link #parse}, refused with the message a user reads: {@code training.session.halfDayUnits}.
   */
  public static int typed(BigDecimal days) {
    try {
      return parse(days);
    } catch (IllegalArgumentException e) {
      throw new org.constable.platform.BusinessException("training.session.halfDayUnits");
    }
  }

  /** Days typed by a user (15, 14.5) as half days; anything not a multiple of 0.5 is refused. */
  public static int parse(BigDecimal days) {
    BigDecimal doubled = days.multiply(BigDecimal.valueOf(2));
    if (doubled.signum() < 0 || doubled.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException("not a whole number of half days: " + days);
    }
    return doubled.intValueExact();
  }
}
