package org.constable.recuperation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PriorityTest {

  private static final LocalDate FROM = LocalDate.of(2026, 6, 1);

  @ParameterizedTest(name = "front line {0}, joined {1}: {2} years")
  @CsvSource({
    "true,  2006-09-01, 20",
    "true,  2026-01-01, 0",
    "true,  2026-06-01, 0",
    "true,  2026-06-02, 0",
    "true,  2025-12-31, 1",
    "false, 2006-09-01, 0",
    "true,  ,           0",
  })
  void frontLineYearsCountPoliceServiceByCalendarYearForAFrontLineOfficer(
      boolean frontLine, LocalDate joined, int years) {
    assertEquals(years, Priority.frontYears(frontLine, joined, FROM));
  }

  @ParameterizedTest(name = "last stay {0}, interval {1}: recent {2}")
  @CsvSource({
    "2023-06-01, 3, true",
    "2023-05-31, 3, false",
    "2025-05-31, 1, false",
    "2025-10-01, 1, true",
    "2025-06-01, 1, true",
    ",           3, false",
  })
  void aStayWithinTheIntervalIsRecentItsEdgeIncluded(
      LocalDate lastStay, int interval, boolean recent) {
    assertEquals(recent, Priority.recent(lastStay, FROM, interval));
  }

  @Test
  void theRulesRankNotRecentThenHealthThenFrontLineThenAgeThenNumber() {
    LocalDate older = LocalDate.of(1970, 1, 1);
    LocalDate younger = LocalDate.of(1990, 1, 1);
    var recentButSick = new Priority(true, true, 30, older, "100001", FROM.minusYears(1));
    var sick = new Priority(false, true, 0, younger, "100002", null);
    var frontLong = new Priority(false, false, 25, younger, "100003", null);
    var frontShortOlder = new Priority(false, false, 5, older, "100004", null);
    var frontShortYounger = new Priority(false, false, 5, younger, "100005", null);
    var sameButLaterNumber = new Priority(false, false, 5, younger, "100006", null);
    List<Priority> shuffled =
        new ArrayList<>(
            List.of(
                sameButLaterNumber,
                recentButSick,
                frontShortYounger,
                frontLong,
                sick,
                frontShortOlder));
    shuffled.sort(Priority.ORDER);
    assertEquals(
        List.of(
            sick, frontLong, frontShortOlder, frontShortYounger, sameButLaterNumber, recentButSick),
        shuffled);
  }
}
