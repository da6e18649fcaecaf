package org.constable.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An instructor's ratings in a year: how many, and the average marks when there are enough of them
 * to keep each rater anonymous (null otherwise).
 */
public record EvaluationAverage(
    long instructorId, long ratings, BigDecimal content, BigDecimal method, BigDecimal overall)
    implements Serializable {

  static EvaluationAverage of(
      long instructorId,
      long ratings,
      long contentSum,
      long methodSum,
      long overallSum,
      int least) {
    if (ratings < least) {
      return new EvaluationAverage(instructorId, ratings, null, null, null);
    }
    return new EvaluationAverage(
        instructorId,
        ratings,
        average(contentSum, ratings),
        average(methodSum, ratings),
        average(overallSum, ratings));
  }

  /** To one decimal, half up: 4.25 shows as 4.3. */
  static BigDecimal average(long sum, long count) {
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
  }

  public boolean shown() {
    return overall != null;
  }
}
