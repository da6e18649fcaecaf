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

  @ParameterizedTest(name = "a date typed as ''{0}''")
  @CsvSource({
    "2002-07-01, 2002-07-01",
    "2002/7/1,   2002-07-01",
    "2002.07.01, 2002-07-01",
    "20020701,   2002-07-01",
    "' 2002/07/01 ', 2002-07-01",
  })
  void aDateMayBeTypedAsClerksTypeIt(String typed, LocalDate expected) {
    String[] row = valid();
    row[OfficerInputParser.FIELDS.indexOf("firstEmploymentDate")] = typed;
    row[OfficerInputParser.FIELDS.indexOf("policeJoinDate")] = "";
    var result = parser.parse(OfficerInput.of(row));
    assertTrue(result.isValid(), result.errors().toString());
    assertEquals(expected, result.data().firstEmploymentDate());
  }

  @ParameterizedTest(name = "''{0}'' is no date")
  @CsvSource({"2002-02-30", "2002.13.01", "200207", "1.7.2002", "0202-07-01"})
  void aDateThatIsNoneIsReported(String typed) {
    String[] row = valid();
    row[OfficerInputParser.FIELDS.indexOf("firstEmploymentDate")] = typed;
    row[OfficerInputParser.FIELDS.indexOf("policeJoinDate")] = "";
    assertEquals(
        List.of("firstEmploymentDate:" + OfficerInputParser.BAD_DATE),
        parser.parse(OfficerInput.of(row)).errors().stream()
            .map(e -> e.field() + ":" + e.messageKey())
            .toList());
  }

  /** Born 1980-01-01 (the valid row's ID number): eighteen on 1998-01-01. */
  @ParameterizedTest(name = "{0} joined on ''{1}'' → {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "CPC_MEMBER       | 2003-07-01 | NULL",
        "CPC_MEMBER       | 1998-01-01 | NULL",
        "CPC_MEMBER       | 1997-12-31 | personnel.field.partyJoinedTooYoung",
        "CPC_MEMBER       |            | personnel.field.partyJoinDateNeeded",
        "CPC_PROBATIONARY | 2025-07-01 | NULL",
        "CPC_PROBATIONARY |            | personnel.field.partyJoinDateNeeded",
        "CPC_MEMBER       | 2003-02-30 | personnel.field.date",
        "MASSES           | 2003-07-01 | personnel.field.partyJoinDateNotMember",
        "CYL_MEMBER       |            | NULL",
        "                 |            | NULL",
        "                 | 2003-07-01 | personnel.field.partyJoinDateNotMember",
      })
  void aPartyMemberHasTheDayOfJoiningAtEighteenOrOlder(
      String status, String joined, String expectedError) {
    String[] row = valid();
    row[OfficerInputParser.FIELDS.indexOf("politicalStatus")] = status;
    row[OfficerInputParser.FIELDS.indexOf("partyJoinDate")] = joined;
    var errors =
        parser.parse(OfficerInput.of(row)).errors().stream()
            .map(e -> e.field() + ":" + e.messageKey())
            .toList();
    assertEquals(
        expectedError == null ? List.of() : List.of("partyJoinDate:" + expectedError), errors);
  }

  @Test
  void nativePlaceAndBirthplaceAreKeptAndLimited() {
    String[] row = valid();
    row[OfficerInputParser.FIELDS.indexOf("nativePlace")] = " 内蒙古临河 ";
    row[OfficerInputParser.FIELDS.indexOf("birthPlace")] = "乌".repeat(61);
    var result = parser.parse(OfficerInput.of(row));
    assertEquals(
        List.of("birthPlace:" + OfficerInputParser.TOO_LONG),
        result.errors().stream().map(e -> e.field() + ":" + e.messageKey()).toList());
    row[OfficerInputParser.FIELDS.indexOf("birthPlace")] = "乌".repeat(60);
    assertEquals("内蒙古临河", parser.parse(OfficerInput.of(row)).data().nativePlace());
  }

  @Test
  void theDataWrittenBackAsInputParsesToTheSameData() {
    String[] row = valid();
    row[OfficerInputParser.FIELDS.indexOf("politicalStatus")] = "cpc_member";
    row[OfficerInputParser.FIELDS.indexOf("partyJoinDate")] = "2003/7/1";
    var data = parser.parse(OfficerInput.of(row)).data();
    var again = parser.parse(data.toInput("150802010100"));
    assertTrue(again.isValid(), again.errors().toString());
    assertEquals(data, again.data());
  }
}
