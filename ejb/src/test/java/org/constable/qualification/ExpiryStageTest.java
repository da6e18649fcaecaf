package org.constable.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryStageTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @ParameterizedTest(name = "{0} days before expiry: {1}")
  @CsvSource({
    "91, ",
    "90, FIRST",
    "31, FIRST",
    "30, SECOND",
    "1, SECOND",
    // the expiry day itself: still valid, the second alert
    "0, SECOND",
    // the first day it no longer counts
    "-1, EXPIRED",
    "-30, EXPIRED",
  })
  void theLatestAlertDueIsTheOneRaised(int daysLeft, ExpiryStage stage) {
    assertEquals(
        java.util.Optional.ofNullable(stage),
        ExpiryStage.due(TODAY.plusDays(daysLeft), TODAY, 90, 30));
  }

  @ParameterizedTest(name = "no expiry: no alert")
  @CsvSource({"90, 30", "1, 1"})
  void aCertificateThatDoesNotExpireRaisesNone(int first, int second) {
    assertEquals(java.util.Optional.empty(), ExpiryStage.due(null, TODAY, first, second));
  }
}
