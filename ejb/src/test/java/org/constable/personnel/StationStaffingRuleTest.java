package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StationStaffingRuleTest {

  @ParameterizedTest(name = "{0} with {1}: short {2}")
  @CsvSource({
    "STATION_URBAN, 19,  true",
    "STATION_URBAN, 20,  false",
    "STATION_URBAN, 0,   true",
    "STATION_URBAN, 300, false",
    "STATION_TOWN,  9,   true",
    "STATION_TOWN,  10,  false",
    "STATION_RURAL, 5,   true",
    "STATION_RURAL, 6,   false",
    "STATION_RURAL, 0,   true",
    "CITY_BUREAU,   0,   false",
    "COUNTY_BUREAU, 0,   false",
    "DEPARTMENT,    0,   false",
    "BRIGADE,       1,   false",
  })
  void defaults(UnitKind kind, long officers, boolean isShort) {
    assertEquals(isShort, StationStaffingRule.defaults().isShort(kind, officers));
  }

  @ParameterizedTest
  @CsvSource({
    "6, 20, 10, STATION_URBAN, 20",
    "6, 20, 10, STATION_TOWN,  10",
    "6, 20, 10, STATION_RURAL, 6",
    "6, 20, 10, DEPARTMENT,    0",
    "8, 25, 12, STATION_URBAN, 25",
    "8, 25, 12, STATION_TOWN,  12",
    "8, 25, 12, STATION_RURAL, 8",
    // a specific minimum below the general one does not lower the general one
    "8, 5,  7,  STATION_URBAN, 8",
    "8, 5,  7,  STATION_TOWN,  8",
  })
  void minimumsAreParameters(int any, int urban, int town, UnitKind kind, int minimum) {
    assertEquals(minimum, new StationStaffingRule(any, urban, town).minimumFor(kind));
  }

  @ParameterizedTest
  @CsvSource({
    "0,  20, 10",
    "6,  0,  10",
    "6,  20, -1",
  })
  void minimumsArePositive(int any, int urban, int town) {
    InvalidValueException e =
        assertThrows(InvalidValueException.class, () -> new StationStaffingRule(any, urban, town));

    assertEquals("personnel.stationStaffing.minimumNotPositive", e.getMessageKey());
  }

  @ParameterizedTest
  @CsvSource({"STATION_URBAN, -1", "DEPARTMENT, -5"})
  void officersAreNotNegative(UnitKind kind, long officers) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class,
            () -> StationStaffingRule.defaults().isShort(kind, officers));

    assertEquals("personnel.stationStaffing.negativeOfficers", e.getMessageKey());
  }
}
