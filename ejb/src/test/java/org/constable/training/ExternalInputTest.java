package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.constable.platform.BusinessException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExternalInputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @ParameterizedTest(name = "{0} to {1}, {2} half days: {3}")
  @CsvSource({
    // ended today: it counts
    "2026-11-30, 2026-12-02, 6,  ok",
    // a half day
    "2026-12-02, 2026-12-02, 1,  ok",
    // more half days than two per calendar day
    "2026-11-30, 2026-12-02, 7,  training.external.halfDays",
    "2026-11-30, 2026-12-02, 0,  training.external.halfDays",
    // ends tomorrow: not done yet
    "2026-12-01, 2026-12-03, 2,  training.external.notYetEnded",
    "2026-12-02, 2026-12-01, 1,  training.external.dates",
    "          , 2026-12-01, 1,  training.external.dates",
  })
  void onlyTrainingAlreadyDoneAndAtMostTwoHalfDaysADay(
      LocalDate start, LocalDate end, int halfDays, String outcome) {
    var input = new ExternalInput(ExternalKind.ONLINE, "网上培训", "公安网络学院", start, end, halfDays);
    if ("ok".equals(outcome)) {
      assertDoesNotThrow(() -> input.check(TODAY));
    } else {
      assertEquals(
          outcome, assertThrows(BusinessException.class, () -> input.check(TODAY)).getMessageKey());
    }
  }

  @ParameterizedTest(name = "title of {0} characters: {1}")
  @CsvSource({"200, ok", "201, training.external.tooLong", "0, training.external.titleRequired"})
  void theTitleHasALimit(int length, String outcome) {
    var input =
        new ExternalInput(ExternalKind.HIGHER_AUTHORITY, "训".repeat(length), "省厅", TODAY, TODAY, 2);
    if ("ok".equals(outcome)) {
      assertDoesNotThrow(() -> input.check(TODAY));
    } else {
      assertEquals(
          outcome, assertThrows(BusinessException.class, () -> input.check(TODAY)).getMessageKey());
    }
  }
}
