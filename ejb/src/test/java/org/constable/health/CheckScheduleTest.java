package org.constable.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckScheduleTest {

  private final CheckSchedule yearly = new CheckSchedule(12);
  private final LocalDate today = LocalDate.of(2026, 12, 3);

  @ParameterizedTest(name = "last check {0}, follow-up {1}: overdue {2}")
  @CsvSource({
    // the check of 1 January last year fell due on 1 January: overdue
    "2025-01-01, , true",
    // the check of 31 December last year falls due on 31 December: not yet
    "2025-12-31, , false",
    // due exactly today: not overdue until tomorrow
    "2025-12-03, , false",
    "2025-12-02, , true",
    "2026-06-01, , false",
    // the follow-up due today is not overdue; yesterday's is
    "2026-06-01, 2026-12-03, false",
    "2026-06-01, 2026-12-02, true",
    "2026-06-01, 2027-01-10, false",
    // never checked
    ", , true",
  })
  void overdueOnTheDayAfterTheDueDay(LocalDate last, LocalDate followUp, boolean overdue) {
    assertEquals(overdue, yearly.overdue(last, followUp, today));
  }

  @Test
  void theCutoffIsTheIntervalBeforeToday() {
    assertEquals(LocalDate.of(2025, 12, 3), yearly.cutoff(today));
    assertEquals(LocalDate.of(2026, 6, 3), new CheckSchedule(6).cutoff(today));
    assertEquals(LocalDate.of(2026, 12, 31), yearly.dueBy(LocalDate.of(2025, 12, 31)));
    // a leap day's check falls due on 28 February and is overdue from 1 March
    var leap = LocalDate.of(2024, 2, 29);
    assertEquals(LocalDate.of(2025, 2, 28), yearly.dueBy(leap));
    assertFalse(yearly.overdue(leap, null, LocalDate.of(2025, 2, 28)));
    assertTrue(yearly.overdue(leap, null, LocalDate.of(2025, 3, 1)));
    assertThrows(IllegalArgumentException.class, () -> new CheckSchedule(0));
  }

  @Test
  void theYearsCoverageCountsFirstAndLastDayOfTheYear() {
    assertTrue(CheckSchedule.coversYear(LocalDate.of(2026, 1, 1), 2026));
    assertTrue(CheckSchedule.coversYear(LocalDate.of(2026, 12, 31), 2026));
    assertFalse(CheckSchedule.coversYear(LocalDate.of(2025, 12, 31), 2026));
    assertFalse(CheckSchedule.coversYear(LocalDate.of(2027, 1, 1), 2026));
    assertFalse(CheckSchedule.coversYear(null, 2026));
  }

  @Test
  void theArchiveShowsEachConditionsYearsInTheListsOrder() {
    var checks =
        List.of(
            row(LocalDate.of(2024, 5, 1), List.of("HYPERTEN"), null),
            row(LocalDate.of(2026, 4, 2), List.of("HYPERTEN", "GASTRITIS"), null),
            row(LocalDate.of(2025, 4, 9), List.of(), null));
    var archive =
        HealthArchive.of(
            7, "150001", "张三", checks, List.of("CARDIO", "HYPERTEN", "GASTRITIS"), yearly, today);
    assertEquals(List.of(2024, 2025, 2026), archive.years());
    assertEquals(LocalDate.of(2026, 4, 2), archive.checks().get(0).checkedOn());
    assertEquals(2, archive.trends().size());
    var hypertension = archive.trends().get(0);
    assertEquals("HYPERTEN", hypertension.condition());
    assertEquals(Set.of(2024, 2026), hypertension.presentIn());
    assertFalse(hypertension.presentIn(2025));
    assertTrue(hypertension.current());
    assertEquals("GASTRITIS", archive.trends().get(1).condition());
    assertEquals(LocalDate.of(2027, 4, 2), archive.dueBy());
    assertFalse(archive.overdue());
  }

  @Test
  void anArchiveWithoutChecksIsOverdue() {
    var archive = HealthArchive.of(7, "150001", "张三", List.of(), List.of("CARDIO"), yearly, today);
    assertTrue(archive.overdue());
    assertEquals(List.of(), archive.trends());
    assertEquals(null, archive.dueBy());
  }

  @Test
  void theLastChecksFollowUpMakesTheArchiveOverdue() {
    var archive =
        HealthArchive.of(
            7,
            "150001",
            "张三",
            List.of(
                row(LocalDate.of(2026, 3, 1), List.of(), LocalDate.of(2026, 9, 1)),
                row(LocalDate.of(2025, 3, 1), List.of(), null)),
            List.of(),
            yearly,
            today);
    assertTrue(archive.overdue());
  }

  private static CheckRow row(LocalDate day, List<String> conditions, LocalDate followUp) {
    return new CheckRow(1, day, "医院", "NORMAL", null, conditions, followUp, 0);
  }
}
