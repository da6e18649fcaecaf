package org.constable.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoriesTest {

  @ParameterizedTest
  @CsvSource({
    "BELOW_HIGH_SCHOOL, true,  true",
    "HIGH_SCHOOL,       true,  true",
    "ASSOCIATE,         false, false",
    "BACHELOR,          false, false",
    "MASTER,            false, false",
    "DOCTOR,            false, false",
  })
  void education(Education education, boolean highSchoolOrBelow, boolean belowAssociate) {
    assertEquals(highSchoolOrBelow, education.isHighSchoolOrBelow());
    assertEquals(belowAssociate, education.isBelowAssociate());
  }

  @ParameterizedTest
  @CsvSource({
    "BELOW_HIGH_SCHOOL, HIGH_SCHOOL, -1",
    "HIGH_SCHOOL,       ASSOCIATE,   -1",
    "ASSOCIATE,         BACHELOR,    -1",
    "BACHELOR,          MASTER,      -1",
    "MASTER,            DOCTOR,      -1",
    "DOCTOR,            DOCTOR,      0",
    "DOCTOR,            ASSOCIATE,   1",
  })
  void educationIsOrderedLowestFirst(Education lower, Education higher, int sign) {
    assertEquals(sign, Integer.signum(lower.compareTo(higher)));
  }

  @ParameterizedTest
  @CsvSource({"POLICE, false", "CIVILIAN, true", "AUXILIARY, true"})
  void uniformNumbers(PersonnelCategory category, boolean needsUniformNumber) {
    assertEquals(needsUniformNumber, category.needsUniformNumber());
  }

  @ParameterizedTest
  @CsvSource({
    "ON_DUTY,           true",
    "OFF_POST_TRAINING, true",
    "SICK_LEAVE,        true",
    "RETIRED,           false",
    "TRANSFERRED_OUT,   false",
  })
  void activeStatuses(OfficerStatus status, boolean active) {
    assertEquals(active, status.isActive());
  }

  @ParameterizedTest
  @CsvSource({
    "CITY_BUREAU,   false",
    "COUNTY_BUREAU, false",
    "DEPARTMENT,    false",
    "BRIGADE,       false",
    "STATION_URBAN, true",
    "STATION_TOWN,  true",
    "STATION_RURAL, true",
  })
  void policeStations(UnitKind kind, boolean station) {
    assertEquals(station, kind.isPoliceStation());
  }
}
