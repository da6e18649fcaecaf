package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
