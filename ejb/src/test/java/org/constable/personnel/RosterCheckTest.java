package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RosterCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  private final OfficerInputParser parser = new OfficerInputParser(TestCodes.some(), TODAY);

  private static RosterRow row(int rowNumber, String policeNumber, String id17, String unit) {
    String id = id17 == null ? "bad" : IdNumber.withCheckDigit(id17).value();
    return new RosterRow(rowNumber, OfficerInput.of(ValidRow.values(policeNumber, id, unit)));
  }

  private static Set<String> keys(List<RowError> errors) {
    return errors.stream()
        .map(e -> e.rowNumber() + " " + e.field() + " " + e.messageKey())
        .collect(java.util.stream.Collectors.toSet());
  }

  @Test
  void validRowsPassAndOfferTheirKeysForTheDatabaseChecks() {
    var check =
        RosterCheck.of(
            List.of(
                row(2, "700001", "11010119800101001", "U1"),
                row(3, "700002", "11010119800102001", "U1")),
            row -> parser);
    assertFalse(check.hasErrors());
    assertEquals(2, check.valid().size());
    assertEquals(Set.of("700001", "700002"), check.policeNumbers());
    assertEquals(Set.of("U1"), check.unitCodes());
  }

  @Test
  void numbersTwiceInTheFileAreReportedAtTheLaterRowWithTheFirstRow() {
    var check =
        RosterCheck.of(
            List.of(
                row(2, "700001", "11010119800101001", "U1"),
                row(3, "700001", "11010119800102001", "U1"),
                row(4, "700003", "11010119800101001", "U1")),
            row -> parser);
    assertEquals(
        Set.of(
            "3 policeNumber " + RosterCheck.DUPLICATE_POLICE_NUMBER,
            "4 idNumber " + RosterCheck.DUPLICATE_ID_NUMBER),
        keys(check.errors()));
    assertEquals(List.of("2"), check.errors().get(0).arguments());
  }

  @Test
  void aRowWithBadFieldsIsStillCheckedForItsUnitAndNumbers() {
    var check =
        RosterCheck.of(
            List.of(row(2, "700001", null, "U9"), row(3, "700001", "11010119800102001", "U1")),
            row -> parser);
    check.resolveUnits(
        Map.of(
            "U1",
            new RosterUnits.Match("U1", null),
            "U9",
            RosterUnits.Match.error(RosterUnits.UNKNOWN)));
    check.refuseOfficers(Set.of("700001")::contains);
    check.requireOwnIdNumbers(Map.of(IdNumber.withCheckDigit("11010119800102001").value(), "1"));
    assertEquals(
        Set.of(
            "2 policeNumber " + RosterCheck.NOT_ALLOWED,
            "2 idNumber " + IdNumber.FORMAT,
            "2 unitCode " + RosterUnits.UNKNOWN,
            "3 policeNumber " + RosterCheck.DUPLICATE_POLICE_NUMBER,
            "3 policeNumber " + RosterCheck.NOT_ALLOWED,
            "3 idNumber " + RosterCheck.ID_NUMBER_TAKEN),
        keys(check.errors()));
    List<RowError> errors = check.errors();
    for (int i = 1; i < errors.size(); i++) {
      assertTrue(errors.get(i - 1).rowNumber() <= errors.get(i).rowNumber());
    }
  }

  @Test
  void anIdNumberHeldByTheSameOfficerIsItsOwn() {
    String id = IdNumber.withCheckDigit("11010119800101001").value();
    var check = RosterCheck.of(List.of(row(2, "700001", "11010119800101001", "U1")), row -> parser);
    check.requireOwnIdNumbers(Map.of(id, "700001"));
    assertFalse(check.hasErrors());
  }

  @Test
  void chunksKeepOracleInListsAtAThousand() {
    var items = java.util.stream.IntStream.range(0, 2501).boxed().toList();
    var chunks = org.constable.platform.OracleLimits.chunks(items, RosterImport.IN_LIST_SIZE);
    assertEquals(List.of(1000, 1000, 501), chunks.stream().map(List::size).toList());
    assertTrue(org.constable.platform.OracleLimits.chunks(List.of(), 1000).isEmpty());
  }
}
