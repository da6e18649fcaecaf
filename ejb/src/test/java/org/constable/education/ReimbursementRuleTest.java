package org.constable.education;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.Education;
import org.constable.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReimbursementRuleTest {

  private static final LocalDate START = LocalDate.of(2026, 3, 1);
  private static final ReimbursementRule RULE =
      new ReimbursementRule(ReimbursementPolicy.defaults());

  /** Grade orders: KY 10, FZRKY 20, ZRKY 30, FKJ 40; age counted on the start date. */
  @ParameterizedTest(name = "{0} {1}, age {2}, grade {3}, {4}: {5}% by {6}")
  @CsvSource({
    // master's and bachelor's: every outcome, whatever age and grade
    "MASTER,    DEGREE,    35, 10, BACHELOR,          70,  education.rule.degree",
    "MASTER,    GRADUATED, 35, 10, BACHELOR,          50,  education.rule.withoutDegree",
    "MASTER,    COMPLETED, 35, 10, BACHELOR,          50,  education.rule.withoutDegree",
    "MASTER,    DROPPED,   35, 10, BACHELOR,          0,   education.rule.dropped",
    "BACHELOR,  DEGREE,    52, 40, ASSOCIATE,         70,  education.rule.degree",
    "BACHELOR,  GRADUATED, 52, 40, ASSOCIATE,         50,  education.rule.withoutDegree",
    "BACHELOR,  COMPLETED, 28, 10, ASSOCIATE,         50,  education.rule.withoutDegree",
    "BACHELOR,  DROPPED,   28, 10, ASSOCIATE,         0,   education.rule.dropped",
    // a doctorate: not in the policy, whatever the outcome
    "DOCTOR,    DEGREE,    40, 50, MASTER,            0,   education.rule.doctorNotCovered",
    "DOCTOR,    GRADUATED, 40, 50, MASTER,            0,   education.rule.doctorNotCovered",
    "DOCTOR,    COMPLETED, 40, 50, MASTER,            0,   education.rule.doctorNotCovered",
    "DOCTOR,    DROPPED,   40, 50, MASTER,            0,   education.rule.dropped",
    // associate, 50 or over (the bound included), below associate: any grade
    "ASSOCIATE, DEGREE,    50, 10, HIGH_SCHOOL,       100, education.rule.associateOlder",
    "ASSOCIATE, GRADUATED, 50, ,   HIGH_SCHOOL,       100, education.rule.associateOlder",
    "ASSOCIATE, GRADUATED, 57, 10, BELOW_HIGH_SCHOOL, 100, education.rule.associateOlder",
    "ASSOCIATE, COMPLETED, 50, 10, HIGH_SCHOOL,       0,   education.rule.associateNoDiploma",
    "ASSOCIATE, DROPPED,   50, 10, HIGH_SCHOOL,       0,   education.rule.dropped",
    // associate, under 50: 副主任科员 (20) or above
    "ASSOCIATE, GRADUATED, 49, 20, HIGH_SCHOOL,       100, education.rule.associateGraded",
    "ASSOCIATE, DEGREE,    30, 30, HIGH_SCHOOL,       100, education.rule.associateGraded",
    "ASSOCIATE, GRADUATED, 49, 40, BELOW_HIGH_SCHOOL, 100, education.rule.associateGraded",
    "ASSOCIATE, GRADUATED, 49, 10, HIGH_SCHOOL,       0,   education.rule.associateGradeLow",
    "ASSOCIATE, GRADUATED, 49, ,   HIGH_SCHOOL,       0,   education.rule.associateGradeLow",
    "ASSOCIATE, COMPLETED, 49, 20, HIGH_SCHOOL,       0,   education.rule.associateNoDiploma",
    "ASSOCIATE, DROPPED,   49, 20, HIGH_SCHOOL,       0,   education.rule.dropped",
    // associate for someone who already had it: not what the policy pays for
    "ASSOCIATE, GRADUATED, 55, 10, ASSOCIATE,         0,   education.rule.alreadyAssociate",
    "ASSOCIATE, GRADUATED, 40, 30, BACHELOR,          0,   education.rule.alreadyAssociate",
  })
  void everyProgrammeAndOutcome(
      Programme programme,
      Outcome outcome,
      int age,
      Integer grade,
      Education education,
      int percent,
      String rule) {
    ReimbursementResult result =
        RULE.apply(aged(programme, outcome, age, grade, education, "10000"));

    assertEquals(rule, result.ruleKey());
    assertEquals(0, new BigDecimal(percent).compareTo(result.percent()));
    assertEquals(new BigDecimal(percent * 100).setScale(2), result.amount());
    assertEquals(percent > 0, result.covered());
    assertEquals(List.of(age, START), result.reasonArguments());
  }

  @ParameterizedTest(name = "born {0}: age {1}, {2}")
  @CsvSource({
    // 50 exactly on the start date counts as 50 or over; a day short, under 50
    "1976-03-01, 50, education.rule.associateOlder",
    "1976-03-02, 49, education.rule.associateGradeLow",
    "1976-02-29, 50, education.rule.associateOlder",
  })
  void ageIsCountedOnTheStartDate(LocalDate born, int age, String rule) {
    var c =
        new ReimbursementCase(
            Programme.ASSOCIATE,
            Outcome.GRADUATED,
            born,
            START,
            10,
            Education.HIGH_SCHOOL,
            new BigDecimal("3000"));

    assertEquals(age, c.age());
    assertEquals(rule, RULE.apply(c).ruleKey());
  }

  @ParameterizedTest(name = "{0} × {1}% = {2}")
  @CsvSource({
    "12345.67, 70, 8641.97", // 8641.969 up
    "0.01,     50, 0.01", //    0.005 half up
    "0.03,     50, 0.02", //    0.015 half up
    "9999.99,  70, 6999.99", // 6999.993 down
    "100,      70, 70.00",
    "0,        70, 0.00",
  })
  void amountsAreRoundedHalfUpToOneFen(String tuition, int percent, String amount) {
    var policy =
        new ReimbursementPolicy(
            new BigDecimal(percent), new BigDecimal("50"), new BigDecimal("100"), 50, 20);
    var result =
        new ReimbursementRule(policy)
            .apply(aged(Programme.MASTER, Outcome.DEGREE, 30, 10, Education.BACHELOR, tuition));

    assertEquals(new BigDecimal(amount), result.amount());
  }

  @Test
  void ratiosAreParameters() {
    var policy =
        new ReimbursementPolicy(
            new BigDecimal("80"), new BigDecimal("40.5"), new BigDecimal("90"), 55, 30);
    var rule = new ReimbursementRule(policy);

    assertEquals(
        new BigDecimal("4050.00"),
        rule.apply(
                aged(Programme.BACHELOR, Outcome.COMPLETED, 30, 10, Education.ASSOCIATE, "10000"))
            .amount());
    // 50 is no longer "older" at 55; grade 20 is below a gate of 30
    assertEquals(
        ReimbursementRule.ASSOCIATE_GRADE_LOW,
        rule.apply(aged(Programme.ASSOCIATE, Outcome.DEGREE, 50, 20, Education.HIGH_SCHOOL, "1"))
            .ruleKey());
    assertEquals(
        new BigDecimal("9000.00"),
        rule.apply(
                aged(Programme.ASSOCIATE, Outcome.DEGREE, 50, 30, Education.HIGH_SCHOOL, "10000"))
            .amount());
  }

  @ParameterizedTest
  @CsvSource({"-1", "100.01"})
  void aRatioOutsideZeroToHundredIsRefused(String percent) {
    BusinessException e =
        assertThrows(
            BusinessException.class,
            () ->
                new ReimbursementPolicy(
                    new BigDecimal(percent), new BigDecimal("50"), new BigDecimal("100"), 50, 20));

    assertEquals("education.rule.badPercent", e.getMessageKey());
  }

  private static ReimbursementCase aged(
      Programme programme,
      Outcome outcome,
      int age,
      Integer grade,
      Education education,
      String tuition) {
    return new ReimbursementCase(
        programme,
        outcome,
        START.minusYears(age),
        START,
        grade,
        education,
        new BigDecimal(tuition));
  }
}
