package org.constable.demo.training;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/** Exam scores in half points: most between 66 and 98, a few just over the pass mark. */
final class Scores {

  private Scores() {}

  static OfficerPlan.Score draw(boolean failed, SplittableRandom random) {
    double points;
    if (failed) {
      points = 38 + 21.5 * random.nextDouble();
    } else if (random.nextInt(100) < 3) {
      points = 60 + 5.5 * random.nextDouble();
    } else {
      points = 66 + 32 * (random.nextDouble() + random.nextDouble() + random.nextDouble()) / 3;
    }
    BigDecimal score = BigDecimal.valueOf(Math.round(points * 2) / 2.0).setScale(1);
    if (failed && score.compareTo(DemoCourse.PASS_MARK) >= 0) {
      score = BigDecimal.valueOf(59.5);
    }
    return new OfficerPlan.Score(score, score.compareTo(DemoCourse.PASS_MARK) >= 0);
  }
}
