package org.constable.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** An exam score: 0 to 100 with at most one decimal; passed at the pass mark and above. */
public final class Score {

  public static final BigDecimal MAX = BigDecimal.valueOf(100);

  private Score() {}

  /** The score a user typed, or empty when it is not one ("101", "-1", "59.55", "abc"). */
  public static Optional<BigDecimal> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    try {
      BigDecimal score = new BigDecimal(text.strip());
      return valid(score)
          ? Optional.of(score.setScale(1, RoundingMode.UNNECESSARY))
          : Optional.empty();
    } catch (NumberFormatException | ArithmeticException e) {
      return Optional.empty();
    }
  }

  public static boolean valid(BigDecimal score) {
    return score != null
        && score.signum() >= 0
        && score.compareTo(MAX) <= 0
        && score.stripTrailingZeros().scale() <= 1;
  }

  public static boolean passed(BigDecimal score, BigDecimal passMark) {
    return score.compareTo(passMark) >= 0;
  }
}
