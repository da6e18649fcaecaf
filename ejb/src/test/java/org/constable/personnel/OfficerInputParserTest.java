package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficerInputParserTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private static final String ID = IdNumber.withCheckDigit("15080219800101123").value();
  private final OfficerInputParser parser = new OfficerInputParser(TestCodes.some(), TODAY);

  /** A valid row, field by field, in the template's order. */
  private static String[] valid() {
    return ValidRow.values("150999", ID, "150802010100");
  }

  @Test
  void aValidRowBecomesOfficerData() {
    var result = parser.parse(OfficerInput.of(valid()));
    assertTrue(result.isValid(), result.errors().toString());
    assertEquals("150999", result.data().policeNumber().value());
    assertEquals(Gender.MALE, result.data().idNumber().gender());
    assertTrue(result.data().frontLine());
    assertEquals("150802010100", result.unitCode());
  }

  @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "policeNumber        | 15099        | personnel.policeNumber.format |",
        "policeNumber        |              | personnel.policeNumber.blank |",
        "name                |              | personnel.field.required |",
        "name                | 王伟2         | personnel.field.name |",
        "idNumber            | 150802198001011235 | personnel.idNumber.checksum |",
        "idNumber            | 15080219800101123  | personnel.idNumber.format |",
        "idNumber            | 150802202702301230 | personnel.idNumber.birthDate |",
        "firstEmploymentDate | 2002-13-01   | personnel.field.date |",
        "firstEmploymentDate | 2026-11-30   | personnel.field.dateInFuture |",
        "firstEmploymentDate | 1995-12-31   | personnel.field.employedTooYoung |",
        "policeJoinDate      | 2002-06-30   | personnel.field.joinedBeforeEmployed |",
        "entryChannel        | HIRED        | personnel.field.choice |",
        "category            | AUXILIARY    | personnel.field.uniformNumberNeeded | uniformNumber",
        "rankCode            | XX9          | personnel.field.unknownCode |",
        "frontLine           | maybe        | personnel.field.yesNo |",
        "status              |              | personnel.field.required |",
        "phone               | 1390478123   | personnel.field.phone |",
        "unitCode            |              | personnel.field.required |",
      })
  void eachBadFieldIsReportedAtItsField(
      String field, String value, String expectedKey, String reportedAt) {
    String[] row = valid();
    row[OfficerInputParser.FIELDS.indexOf(field)] = value;
    var result = parser.parse(OfficerInput.of(row));
    assertEquals(
        List.of((reportedAt == null ? field : reportedAt) + ":" + expectedKey),
        result.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList());
  }

  @ParameterizedTest(name = "employed on {0}: too young {1}")
  @CsvSource({"1995-12-31, true", "1996-01-01, false", "1996-01-02, false"})
  void theEmploymentAgeBoundIsSixteenYears(String employed, boolean expected) {
    // born 1980-01-01: sixteen on 1996-01-01, the first day that counts
    String[] row = valid();
    row[4] = employed;
    row[5] = "";
    boolean tooYoung =
        parser.parse(OfficerInput.of(row)).errors().stream()
            .anyMatch(e -> e.messageKey().equals(OfficerInputParser.EMPLOYED_TOO_YOUNG));
    assertEquals(expected, tooYoung);
  }

  @ParameterizedTest(name = "{0} typed as ''{1}''")
  @CsvSource({
    "rankCode, JS1,                   JS1",
    "rankCode, js1,                   JS1",
    "rankCode, 一级警司,               JS1",
    "rankCode, 'Inspector, First Class', JS1",
    "postCode, 法制员,                 FZY",
    "gradeCode, 科员,                  KY",
    "lineCode, 治安,                   ZA",
  })
  void aCodeMayBeTypedAsItsNameInEitherLanguage(String field, String typed, String code) {
    String[] row = valid();
    row[OfficerInputParser.FIELDS.indexOf(field)] = typed;
    var data = parser.parse(OfficerInput.of(row)).data();
    String parsed =
        switch (field) {
          case "rankCode" -> data.rankCode();
          case "gradeCode" -> data.gradeCode();
          case "lineCode" -> data.lineCode();
          default -> data.postCode();
        };
    assertEquals(code, parsed);
  }

  @Test
  void aRetiredCodeIsAcceptedOnlyForTheRecordThatHoldsIt() {
    String[] row = valid();
    row[12] = "OLD";
    var codes = TestCodes.some();
    assertEquals(
        List.of("postCode"),
        new OfficerInputParser(codes, TODAY)
            .parse(OfficerInput.of(row)).errors().stream().map(FieldError::field).toList());
    var holder =
        new OfficerInputParser(PersonnelLists.withCodesOf(codes, OfficerInput.of(row)), TODAY);
    assertTrue(holder.parse(OfficerInput.of(row)).isValid());
  }

  @Test
  void everyBadFieldIsReportedNotOnlyTheFirst() {
    String[] row = valid();
    row[0] = "x";
    row[3] = "123";
    row[15] = "PHD";
    assertEquals(
        List.of("policeNumber", "idNumber", "education"),
        parser.parse(OfficerInput.of(row)).errors().stream().map(FieldError::field).toList());
  }
}
