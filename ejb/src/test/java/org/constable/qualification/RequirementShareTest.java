package org.constable.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequirementShareTest {

  @ParameterizedTest(name = "{1} of {0} against {2}%: meets {3}, {4} missing")
  @CsvSource({
    // 20% of legal officers: exactly a fifth meets it, a sixth does not
    "5, 1, 20, true, 0",
    "6, 1, 20, false, 1",
    "10, 2, 20, true, 0",
    "11, 2, 20, false, 1",
    "4, 0, 20, false, 1",
    // 100%: one short is short
    "12, 12, 100, true, 0",
    "12, 11, 100, false, 1",
    "1, 0, 100, false, 1",
    // no one bound by it: met, nothing missing
    "0, 0, 100, true, 0",
    "0, 0, 20, true, 0",
  })
  void aShareIsComparedInWholeNumbers(
      long subjects, long holders, int target, boolean meets, long missing) {
    assertEquals(meets, RequirementShare.meets(subjects, holders, target));
    assertEquals(missing, RequirementShare.missing(subjects, holders, target));
  }
}
