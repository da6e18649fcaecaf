package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.constable.training.RotationRule.Standing;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RotationRuleTest {

  private final RotationRule threeYears = new RotationRule(3);

  @ParameterizedTest(name = "last {0}, joined {1}: due {2}")
  @CsvSource({
    "2023-05-10, 2001-09-01, 2026-05-10",
    ",           2025-09-01, 2028-09-01",
    "2024-02-29, 2001-09-01, 2027-02-28",
  })
  void dueThreeYearsAfterTheLastOrAfterJoining(LocalDate last, LocalDate joined, LocalDate due) {
    assertEquals(due, threeYears.dueDate(last, joined));
  }

  @ParameterizedTest(name = "due {0} on {1}: {2}")
  @CsvSource({
    "2026-12-01, 2026-12-01, DUE_THIS_YEAR",
    "2026-11-30, 2026-12-01, OVERDUE",
    "2026-12-31, 2026-12-01, DUE_THIS_YEAR",
    "2027-01-01, 2026-12-01, NOT_DUE",
    "2026-01-01, 2026-01-01, DUE_THIS_YEAR",
    "2025-12-31, 2026-01-01, OVERDUE",
  })
  void overdueFromTheDayAfter(LocalDate due, LocalDate today, Standing standing) {
    assertEquals(standing, RotationRule.standing(due, today));
  }
}
