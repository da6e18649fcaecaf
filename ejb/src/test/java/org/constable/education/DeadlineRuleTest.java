package org.constable.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.constable.education.DeadlineRule.Risk;
import org.constable.personnel.Education;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineRuleTest {

  /** Three years from 1 January 2026, told six months before; 50 and 副主任科员 (20). */
  private static final DeadlineRule RULE = new DeadlineRule(LocalDate.of(2026, 1, 1), 3, 6, 50, 20);

  @Test
  void theDeadlineIsTheLastDayOfTheThirdYearAndTheAlertSixMonthsBefore() {
    assertEquals(LocalDate.of(2028, 12, 31), RULE.deadline());
    assertEquals(LocalDate.of(2028, 6, 30), RULE.alertDay());
  }

  @ParameterizedTest(name = "age {0}, grade {1}, {2}: {3}")
  @CsvSource({
    "49, 20, HIGH_SCHOOL,       true",
    "49, 10, HIGH_SCHOOL,       false", // one grade below 副主任科员
    "49, ,   HIGH_SCHOOL,       false",
    "50, 20, HIGH_SCHOOL,       false", // 50 exactly: the older officers' rule, no deadline
    "25, 70, BELOW_HIGH_SCHOOL, true",
    "49, 20, ASSOCIATE,         false",
    "30, 40, BACHELOR,          false",
  })
  void whomTheDeadlineBinds(int age, Integer grade, Education education, boolean applies) {
    assertEquals(applies, RULE.applies(age, grade, education));
  }

  @ParameterizedTest(name = "on {0}, enrolled to {1}, reached {2}: {3}")
  @CsvSource({
    "2027-01-01, ,           false, WATCH",
    "2028-06-29, ,           false, WATCH",
    "2028-06-30, ,           false, AT_RISK", // the alert day itself
    "2028-12-31, ,           false, AT_RISK", // the last day
    "2029-01-01, ,           false, OVERDUE",
    "2027-01-01, 2028-12-31, false, ON_TRACK", // ends on the last day
    "2027-01-01, 2029-01-01, false, AT_RISK", // ends a day late
    "2028-12-31, 2028-07-01, false, ON_TRACK",
    "2029-01-01, 2028-07-01, false, OVERDUE", // the planned end passed without the diploma
    "2029-06-01, ,           true,  ON_TRACK",
    "2027-01-01, ,           true,  ON_TRACK",
  })
  void risk(LocalDate today, LocalDate plannedEnd, boolean reached, Risk risk) {
    assertEquals(risk, RULE.risk(today, plannedEnd, reached));
  }

  @Test
  void theYearsAndMonthsAreParameters() {
    var rule = new DeadlineRule(LocalDate.of(2024, 7, 1), 2, 3, 50, 20);

    assertEquals(LocalDate.of(2026, 6, 30), rule.deadline());
    assertEquals(LocalDate.of(2026, 3, 30), rule.alertDay());
  }
}
