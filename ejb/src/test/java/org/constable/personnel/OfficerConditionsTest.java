package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.constable.security.DataScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficerConditionsTest {

  private static final DataScope COUNTY = new DataScope("/1/7/");

  @Test
  void withoutFiltersOnlyTheScopeApplies() {
    var conditions = OfficerConditions.of(COUNTY, OfficerFilter.none(), null);

    assertEquals(" WHERE u.path LIKE :scopePath", conditions.where());
    assertEquals(Map.of("scopePath", "/1/7/%"), conditions.parameters());
  }

  @ParameterizedTest
  @CsvSource({
    // typed,     condition,                         parameter,    value
    "150,         o.policeNumber LIKE :policeNumber, policeNumber, 150%",
    "' 150801 ',  o.policeNumber LIKE :policeNumber, policeNumber, 150801%",
    "王,          o.name LIKE :name ESCAPE '\\',     name,         %王%",
    "' 王 ',      o.name LIKE :name ESCAPE '\\',     name,         %王%",
    "王1,         o.name LIKE :name ESCAPE '\\',     name,         %王1%",
    "50%_,        o.name LIKE :name ESCAPE '\\',     name,         %50\\%\\_%",
  })
  void digitsArePoliceNumberPrefixesAndAnythingElseIsPartOfTheName(
      String typed, String condition, String parameter, String value) {
    var filter = new OfficerFilter(typed, null, null, null, null, null);

    var conditions = OfficerConditions.of(COUNTY, filter, null);

    assertEquals(" WHERE u.path LIKE :scopePath AND " + condition, conditions.where());
    assertEquals(value, conditions.parameters().get(parameter));
  }

  @Test
  void everyFilterAddsItsConditionAndBlankOnesAddNone() {
    var filter =
        new OfficerFilter("  ", 9L, "XZ", "", OfficerStatus.ON_DUTY, PersonnelCategory.POLICE);

    var conditions = OfficerConditions.of(COUNTY, filter, "/1/7/9/");

    assertEquals(
        " WHERE u.path LIKE :scopePath AND u.path LIKE :unitPath AND o.lineCode = :lineCode"
            + " AND o.status = :status AND o.category = :category",
        conditions.where());
    assertEquals(
        Map.of(
            "scopePath", "/1/7/%",
            "unitPath", "/1/7/9/%",
            "lineCode", "XZ",
            "status", OfficerStatus.ON_DUTY,
            "category", PersonnelCategory.POLICE),
        conditions.parameters());
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
        " WHERE u.path LIKE :scopePath AND o.category = :category AND o.status IN :serving"
            + " AND (o.policeJoinDate IS NULL OR o.policeJoinDate <= :joinedBy)"
            + " AND o.birthDate > :bornAfter AND o.birthDate <= :bornOnOrBefore"
            + " AND o.education IN :educations AND o.rankCode = :rankCode",
        conditions.where());
    assertEquals(OfficerStatus.active(), conditions.parameters().get("serving"));
    assertEquals(day, conditions.parameters().get("joinedBy"));
    assertEquals(
        " AND o.category = ?2 AND o.status IN ('ON_DUTY', 'OFF_POST_TRAINING', 'SICK_LEAVE')"
            + " AND (o.police_join_date IS NULL OR o.police_join_date <= ?3)"
            + " AND o.birth_date > ?4 AND o.birth_date <= ?5"
            + " AND o.education IN ('BELOW_HIGH_SCHOOL', 'HIGH_SCHOOL') AND o.rank_code = ?6",
        conditions.officerSql());
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
    assertEquals(List.of(4L, 9L), some.parameters().get("officerIds"));
    assertTrue(some.narrowing());
    assertEquals(" AND o.id IN (-1)", none.officerSql());
  }
}
