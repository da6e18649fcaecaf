package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeparationTest {

  @ParameterizedTest(name = "instructors {0}, examiners {1}, separation {2}: allowed {3}")
  @CsvSource({
    "1 2, 3,   true,  true",
    "1 2, 2,   true,  false",
    "1 2, 2,   false, true",
    "1,   1,   true,  false",
    "1,   1,   false, true",
    "'',  1,   true,  true",
    "1,   '',  true,  true",
    "1 2, 3 1, true,  false",
  })
  void anInstructorMayNotExamineWithSeparationOn(
      String instructors, String examiners, boolean on, boolean allowed) {
    assertEquals(allowed, Separation.allowed(on, ids(instructors), ids(examiners)));
  }

  private static List<Long> ids(String text) {
    return Arrays.stream(text.split(" ")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
  }
}
