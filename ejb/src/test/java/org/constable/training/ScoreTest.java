package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreTest {

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource({
    "0,      0.0",
    "100,    100.0",
    "59.5,   59.5",
    " 88 ,   88.0",
    "100.0,  100.0",
    "101,    ",
    "100.1,  ",
    "-1,     ",
    "59.55,  ",
    "abc,    ",
    "'',     ",
    "1e2,    100.0",
  })
  void onlyZeroToAHundredWithOneDecimal(String typed, BigDecimal expected) {
    assertEquals(Optional.ofNullable(expected), Score.parse(typed));
  }

  @ParameterizedTest(name = "{0} against {1}: passed {2}")
  @CsvSource({
    "60.0, 60, true",
    "59.9, 60, false",
    "59.5, 60, false",
    "100,  60, true",
    "0,    0,  true",
    "80,   80.5, false",
  })
  void thePassMarkItselfPasses(BigDecimal score, BigDecimal passMark, boolean passed) {
    assertEquals(passed, Score.passed(score, passMark));
  }
}
