package org.constable.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.constable.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeaveDaysTest {

  // 2026-12-07 is a Monday
  @ParameterizedTest(name = "{0} {1} – {2}: {3} days")
  @CsvSource({
    "ANNUAL, 2026-12-07, 2026-12-07, 1",
    "ANNUAL, 2026-12-07, 2026-12-11, 5",
    "ANNUAL, 2026-12-07, 2026-12-13, 5",
    "ANNUAL, 2026-12-11, 2026-12-14, 2",
    "ANNUAL, 2026-12-12, 2026-12-13, 0",
    "ANNUAL, 2026-12-05, 2026-12-21, 11",
    "ANNUAL, 2026-01-01, 2026-12-31, 261",
    "SICK,   2026-12-12, 2026-12-13, 2",
    "SICK,   2026-01-01, 2026-03-01, 60",
    "PERSONAL, 2026-12-07, 2026-12-26, 20",
    "ANNUAL, 2026-12-08, 2026-12-07, 0",
  })
  void annualLeaveCountsWorkingDaysTheOthersCalendarDays(
      LeaveType type, LocalDate from, LocalDate to, int days) {
    assertEquals(days, LeaveDays.count(type, from, to, WorkCalendar.weekendsOnly()));
  }

  /**
   * Part of the 2026 arrangement: National Day 10-01 to 10-07, 9-20 (Sun) and 10-10 (Sat) worked.
   */
  private static final WorkCalendar NATIONAL_DAY_2026 =
      new WorkCalendar(
          java.util.Set.of(
              LocalDate.of(2026, 9, 25),
              LocalDate.of(2026, 10, 1),
              LocalDate.of(2026, 10, 2),
              LocalDate.of(2026, 10, 5),
              LocalDate.of(2026, 10, 6),
              LocalDate.of(2026, 10, 7)),
          java.util.Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)));

  @ParameterizedTest(name = "{0} {1} – {2}: {3} days")
  @CsvSource({
    // the holidays are not leave, the worked Saturday is
    "ANNUAL, 2026-09-28, 2026-10-10, 6",
    "ANNUAL, 2026-10-01, 2026-10-07, 0",
    "ANNUAL, 2026-10-07, 2026-10-08, 1",
    "ANNUAL, 2026-10-10, 2026-10-10, 1",
    "ANNUAL, 2026-10-11, 2026-10-11, 0",
    // the worked Sunday before the Mid-Autumn Friday
    "ANNUAL, 2026-09-19, 2026-09-25, 5",
    "ANNUAL, 2026-09-24, 2026-09-25, 1",
    // other kinds count the calendar, holidays included
    "SICK,   2026-10-01, 2026-10-07, 7",
  })
  void publicHolidaysAreNotCountedAndWorkedWeekendDaysAre(
      LeaveType type, LocalDate from, LocalDate to, int days) {
    assertEquals(days, LeaveDays.count(type, from, to, NATIONAL_DAY_2026));
  }

  @Test
  void leaveOnlyOverHolidaysHoldsNoWorkingDay() {
    var input =
        new LeaveInput(
            LeaveType.ANNUAL, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7), false, null);
    assertEquals(
        "leave.input.noWorkingDay",
        org.junit.jupiter.api.Assertions.assertThrows(
                BusinessException.class, () -> input.check(NATIONAL_DAY_2026))
            .getMessageKey());
  }

  @ParameterizedTest(name = "{0} – {1}: {2}")
  @CsvSource({
    "2026-12-08, 2026-12-07, leave.input.endBeforeStart",
    "2026-12-28, 2027-01-04, leave.input.acrossYears",
    "2026-12-12, 2026-12-13, leave.input.noWorkingDay",
  })
  void badDatesAreRefusedWithTheirReason(LocalDate from, LocalDate to, String key) {
    var input = new LeaveInput(LeaveType.ANNUAL, from, to, false, null);
    assertEquals(
        key,
        org.junit.jupiter.api.Assertions.assertThrows(
                BusinessException.class, () -> input.check(WorkCalendar.weekendsOnly()))
            .getMessageKey());
  }

  @Test
  void payDeductedHoldsOnlyForPersonalLeaveAndAReasonIsTrimmed() {
    LocalDate monday = LocalDate.of(2026, 12, 7);
    var sick =
        new LeaveInput(LeaveType.SICK, monday, monday, true, "  发烧 ")
            .check(WorkCalendar.weekendsOnly());
    assertEquals(false, sick.payDeducted());
    assertEquals("发烧", sick.reason());
    var personal =
        new LeaveInput(LeaveType.PERSONAL, monday, monday, true, " ")
            .check(WorkCalendar.weekendsOnly());
    assertEquals(true, personal.payDeducted());
    assertEquals(null, personal.reason());
    var tooLong = new LeaveInput(LeaveType.PERSONAL, monday, monday, false, "长".repeat(201));
    assertEquals(
        "leave.input.reasonTooLong",
        org.junit.jupiter.api.Assertions.assertThrows(
                BusinessException.class, () -> tooLong.check(WorkCalendar.weekendsOnly()))
            .getMessageKey());
  }
}
