package org.constable.demo.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrainingCalendarTest {

  private static final Org COUNTY = new Org(3, 200, "/100/200/", "临河区公安分局", false, 700, 800);

  @ParameterizedTest(name = "no session on {0}")
  @ValueSource(
      strings = {
        // New Year, the Spring Festival of 2024 to 2028 (and its last day off in 2026)
        "2026-01-01",
        "2026-01-07",
        "2024-02-10",
        "2025-01-29",
        "2026-02-17",
        "2026-02-23",
        "2027-02-06",
        "2028-01-26",
        // May Day, National Day, the year's end
        "2026-05-01",
        "2027-05-03",
        "2028-05-05",
        "2025-10-01",
        "2026-10-07",
        "2027-10-04",
        "2026-12-14",
        "2026-12-31"
      })
  void takesNoSessionsOnHolidaysOrAtTheYearsEnd(LocalDate day) {
    var calendar = new TrainingCalendar(day.atStartOfDay());

    for (LocalDate monday : calendar.trainingWeeks(day.getYear())) {
      assertEquals(DayOfWeek.MONDAY, monday.getDayOfWeek());
      assertFalse(!day.isBefore(monday) && !day.isAfter(monday.plusDays(4)), "week of " + monday);
    }
  }

  @ParameterizedTest(name = "{0}: exam week of {1}")
  @CsvSource({"2024, 2024-10-14", "2025, 2025-10-13", "2026, 2026-10-12", "2027, 2027-10-11"})
  void holdsTheAnnualExamInTheWeekAfterNationalDay(int year, LocalDate monday) {
    var calendar = new TrainingCalendar(LocalDateTime.of(year, 1, 1, 0, 0));

    assertEquals(monday, calendar.examWeek(year));
    assertFalse(calendar.openWeeks(year).contains(monday));
    LocalDate day = calendar.examDay(year, COUNTY);
    assertEquals(calendar.examKey(year, COUNTY).start(), day);
    assertTrue(!day.isBefore(monday) && day.isBefore(monday.plusDays(5)));
  }

  @ParameterizedTest(name = "{0} failed, published {1}: first retraining week {2}")
  @CsvSource({
    "ENFORCEMENT, 2026-05-20, 2026-06-15",
    "ENFORCEMENT, 2026-11-20, 2026-12-07",
    "ENFORCEMENT, 2026-11-25, ",
    "ANNUAL_EXAM, 2026-10-16, 2026-11-02",
    "ANNUAL_EXAM, 2025-12-10, 2026-01-12",
  })
  void retrainsInTheQuarterlyRoundsOrSoonAfterTheAnnualExam(
      DemoCourse course, LocalDate published, LocalDate firstWeek) {
    var calendar = new TrainingCalendar(LocalDateTime.of(2026, 12, 2, 10, 0));

    List<LocalDate> weeks = calendar.retrainingWeeks(course, published.plusDays(14));

    assertEquals(firstWeek, weeks.isEmpty() ? null : weeks.get(0));
    weeks.forEach(monday -> assertTrue(monday.getYear() <= 2026));
  }

  @ParameterizedTest(name = "an exam ending {0} as of {1}: entered {2}, published {3}")
  @CsvSource({
    "2026-11-20, 2026-12-02T10:00, true, true",
    "2026-11-30, 2026-12-02T10:00, true, false",
    "2026-12-01, 2026-12-02T10:00, false, false",
    "2026-12-01, 2026-12-02T15:00, true, false",
  })
  void entersAndPublishesResultsAfterTheExamAndNeverLaterThanNow(
      LocalDate end, LocalDateTime now, boolean entered, boolean published) {
    var calendar = new TrainingCalendar(now);
    var key = new SessionKey(DemoCourse.ENFORCEMENT, COUNTY, end.minusDays(4), end, false);

    assertEquals(entered, calendar.resultsEnteredAt(key) != null);
    assertEquals(published, calendar.resultsPublishedAt(key, 7) != null);
    if (published) {
      assertTrue(calendar.resultsPublishedAt(key, 7).toLocalDate().isAfter(end));
      assertFalse(calendar.resultsPublishedAt(key, 7).isAfter(now));
    }
    var drill = new SessionKey(DemoCourse.FITNESS, COUNTY, end.minusDays(1), end, false);
    assertNull(calendar.resultsEnteredAt(drill));
  }
}
