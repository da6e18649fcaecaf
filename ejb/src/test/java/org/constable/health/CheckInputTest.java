package org.constable.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.constable.personnel.FieldError;
import org.constable.reference.ReferenceCodes;
import org.constable.reference.ReferenceEntry;
import org.junit.jupiter.api.Test;

class CheckInputTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final ReferenceCodes CODES =
      ReferenceCodes.of(
          List.of(
              new ReferenceEntry("HCONCL", "NORMAL", "正常", "Normal", 10, true, 0),
              new ReferenceEntry(
                  "HCONCL", "RECHECK", "异常需复查", "Abnormal, recheck needed", 30, true, 0),
              new ReferenceEntry("HCOND", "HYPERTEN", "高血压", "Hypertension", 20, true, 0),
              new ReferenceEntry("HCOND", "DIABETES", "糖尿病", "Diabetes", 40, true, 0)));

  @Test
  void labelsInEitherLanguageBecomeCodes() {
    var input = new CheckInput(TODAY, " 市人民医院 ", "异常需复查", "  ", Set.of("高血压", "diabetes"), TODAY);
    assertEquals(List.of(), input.problems(TODAY, CODES));
    var saved = input.normalised(CODES);
    assertEquals("RECHECK", saved.conclusion());
    assertEquals("市人民医院", saved.institution());
    assertEquals(null, saved.findings());
    assertEquals(Set.of("HYPERTEN", "DIABETES"), saved.conditions());
  }

  @Test
  void everyBadFieldIsNamed() {
    var input = new CheckInput(TODAY.plusDays(1), "", "很好", "x".repeat(2001), Set.of("感冒"), TODAY);
    assertEquals(
        List.of(
            "checkedOn:health.check.dateInFuture",
            "institution:health.check.institutionRequired",
            "conclusion:health.check.unknownConclusion",
            "findings:health.check.findingsTooLong",
            "conditions:health.check.unknownCondition",
            "followUpOn:health.check.followUpBeforeCheck"),
        input.problems(TODAY, CODES).stream().map(CheckInputTest::text).toList());
  }

  @Test
  void aCheckTodayWithAFollowUpTheSameDayIsFine() {
    var input = new CheckInput(TODAY, "医院", "NORMAL", null, null, TODAY);
    assertEquals(List.of(), input.problems(TODAY, CODES));
    assertEquals(
        List.of(
            "checkedOn:health.check.dateRequired", "conclusion:health.check.conclusionRequired"),
        new CheckInput(null, "医院", " ", null, null, null)
            .problems(TODAY, CODES).stream().map(CheckInputTest::text).toList());
  }

  private static String text(FieldError e) {
    return e.field() + ":" + e.messageKey();
  }
}
