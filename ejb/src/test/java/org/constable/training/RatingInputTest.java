package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.constable.platform.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingInputTest {

  @ParameterizedTest(name = "{0} {1} {2}, remark of {3}: {4}")
  @CsvSource({
    "1, 1, 1, 0,   ok",
    "5, 5, 5, 300, ok",
    // a star left empty
    "0, 4, 4, 0,   training.evaluation.marks",
    "6, 4, 4, 0,   training.evaluation.marks",
    "4, 4, -1, 0,  training.evaluation.marks",
    "4, 4, 4, 301, training.evaluation.remarkTooLong",
  })
  void marksFromOneToFiveAndAShortRemark(
      int content, int method, int overall, int remark, String outcome) {
    var input = new RatingInput(1, content, method, overall, "好".repeat(remark));
    if ("ok".equals(outcome)) {
      assertDoesNotThrow(input::check);
    } else {
      assertEquals(outcome, assertThrows(BusinessException.class, input::check).getMessageKey());
    }
  }

  @ParameterizedTest(name = "{0} ratings summing {1}, at least {2}: {3}")
  @CsvSource({
    // 4.25 rounds half up to 4.3
    "4, 17, 3, 4.3",
    "3, 14, 3, 4.7",
    // fewer than the minimum: no average, so that two raters cannot read each other's marks
    "2, 10, 3, ",
    "1, 5,  1, 5.0",
  })
  void averagesShowOnlyFromTheMinimumNumberOfRatings(
      long ratings, long sum, int least, BigDecimal average) {
    var a = EvaluationAverage.of(9, ratings, sum, sum, sum, least);
    assertEquals(average, a.overall());
    assertEquals(average != null, a.shown());
  }
}
