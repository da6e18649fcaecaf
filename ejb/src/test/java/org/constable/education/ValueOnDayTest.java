package org.constable.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.constable.education.ValueOnDay.Change;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueOnDayTest {

  private static final List<Change> GRADES =
      List.of(
          new Change(LocalDate.of(2020, 1, 1), "FZRKY", "ZRKY"),
          new Change(LocalDate.of(2015, 1, 1), "KY", "FZRKY"));

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({
    "2014-12-31, KY",
    "2015-01-01, FZRKY", // the day of the change counts
    "2019-12-31, FZRKY",
    "2020-01-01, ZRKY",
    "2026-01-01, ZRKY",
  })
  void theGradeOnADay(LocalDate day, String grade) {
    assertEquals(grade, ValueOnDay.of("ZRKY", GRADES, day));
  }

  @ParameterizedTest
  @CsvSource({"2000-01-01", "2030-01-01"})
  void withoutHistoryTheCurrentValue(LocalDate day) {
    assertEquals("KY", ValueOnDay.of("KY", List.of(), day));
  }
}
