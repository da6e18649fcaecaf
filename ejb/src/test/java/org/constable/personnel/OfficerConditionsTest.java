package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.constable.security.DataScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficerConditionsTest {

  private static final DataScope COUNTY = new DataScope("/1/7/");
  private static final DataScope CITY = new DataScope("/1/");

  @Test
  void withoutFiltersOnlyTheScopeApplies() {
    var conditions = OfficerConditions.of(COUNTY, OfficerFilter.none(), null);

    assertEquals("u.path LIKE ?1", conditions.unitSql());
    assertEquals("", conditions.officerSql());
    assertEquals(List.of("/1/7/%"), conditions.sqlValues());
  }

  @Test
  void aScopeOverEveryUnitNeedsNoUnitConditionUnlessAUnitIsAskedFor() {
    var whole = OfficerConditions.of(CITY, OfficerFilter.none(), null, null, true);
    var oneUnit = OfficerConditions.of(CITY, OfficerFilter.none(), "/1/7/", null, true);

    assertTrue(whole.everyUnit());
    assertEquals("", whole.unitSql());
    assertEquals(List.of(), whole.sqlValues());
    assertEquals(false, oneUnit.everyUnit());
    assertEquals("u.path LIKE ?1 AND u.path LIKE ?2", oneUnit.unitSql());
    assertEquals(List.of("/1/%", "/1/7/%"), oneUnit.sqlValues());
  }

  @ParameterizedTest
  @CsvSource({
    // typed,     every unit, condition,                                          value
    "150,         false,      ' AND o.police_number LIKE ?2',                     150%",
    "' 150801 ',  false,      ' AND o.police_number LIKE ?2',                     150801%",
    "王,          false,      ' AND INSTR(o.name, ?2) > 0',                       王",
    "' 王 ',      false,      ' AND INSTR(o.name, ?2) > 0',                       王",
    "王1,         false,      ' AND INSTR(o.name, ?2) > 0',                       王1",
    "50%_,        false,      ' AND INSTR(o.name, ?2) > 0',                       50%_",
    "王,          true,       ' AND o.name > '' '' AND INSTR(o.name, ?1) > 0',    王",
    "Zhang Wei,   false,      ' AND (o.name_pinyin LIKE ?2 OR o.name_initials LIKE ?3)', zhangwei%",
  })
  void digitsArePoliceNumberPrefixesLettersPinyinAndAnythingElseIsPartOfTheName(
      String typed, boolean everyUnit, String condition, String value) {
    var filter = new OfficerFilter(typed, null, null, null, null, null);

    var conditions = OfficerConditions.of(everyUnit ? CITY : COUNTY, filter, null, null, everyUnit);

    assertEquals(condition, conditions.officerSql());
    assertEquals(value, conditions.sqlValues().get(everyUnit ? 0 : 1));
  }

  @Test
  void theListColumnsAreIndexableOnlyWhenAsked() {
    var filter =
        new OfficerFilter("  ", 9L, "XZ", "", OfficerStatus.ON_DUTY, PersonnelCategory.POLICE);

    var conditions = OfficerConditions.of(COUNTY, filter, "/1/7/9/");

    assertEquals(
        " AND (o.line_code || '') = ?3 AND (o.status || '') = ?4 AND (o.category || '') = ?5",
        conditions.officerSql());
    assertEquals(
        " AND o.line_code = ?3 AND o.status = ?4 AND o.category = ?5", conditions.officerSql(true));
    assertEquals(List.of("/1/7/%", "/1/7/9/%", "XZ", "ON_DUTY", "POLICE"), conditions.sqlValues());
  }

  @Test
  void servingPoliceBehindAWorkforceFigureAreTheServingStatusesTheDayAndTheGroup() {
    var day = LocalDate.of(2026, 3, 1);
    var group =
        OfficerGroup.on(day)
            .bornBetween(LocalDate.of(1995, 2, 28), LocalDate.of(2000, 3, 1))
            .withEducations(List.of(Education.BELOW_HIGH_SCHOOL, Education.HIGH_SCHOOL))
            .withRank("R1")
            .withGrade(" ");
    var filter =
        new OfficerFilter(null, null, null, null, null, PersonnelCategory.POLICE)
            .withServing(true)
            .withGroup(group);

    var conditions = OfficerConditions.of(COUNTY, filter, null);

    assertEquals(
        " AND o.category = ?2 AND o.status IN ('ON_DUTY', 'OFF_POST_TRAINING', 'SICK_LEAVE')"
            + " AND (o.police_join_date IS NULL OR o.police_join_date <= ?3)"
            + " AND o.birth_date > ?4 AND o.birth_date <= ?5"
            + " AND o.education IN ('BELOW_HIGH_SCHOOL', 'HIGH_SCHOOL') AND o.rank_code = ?6",
        conditions.officerSql(true));
    assertEquals(
        List.of("/1/7/%", "POLICE", day, LocalDate.of(1995, 2, 28), LocalDate.of(2000, 3, 1), "R1"),
        conditions.sqlValues());
  }

  @Test
  void aSelectionIsItsOfficersOnlyAndAnEmptyOneIsNoOne() {
    var some =
        OfficerConditions.of(COUNTY, OfficerFilter.none().withOfficers(List.of(4L, 9L)), null);
    var none = OfficerConditions.of(COUNTY, OfficerFilter.none().withOfficers(List.of()), null);

    assertEquals(" AND o.id IN (4, 9)", some.officerSql());
    assertEquals(" AND o.id IN (-1)", none.officerSql());
  }
}
