package org.constable.education;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.constable.personnel.Education;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GradeGateTest {

  /** 副科级 is 40 in the GRADE list; 主任科员 30 is the grade below it. */
  private static final GradeGate GATE = new GradeGate(40);

  @ParameterizedTest(name = "{0} for grade {1}: {2}")
  @CsvSource({
    "HIGH_SCHOOL,       30, true",
    "HIGH_SCHOOL,       40, false",
    "HIGH_SCHOOL,       70, false",
    "BELOW_HIGH_SCHOOL, 50, false",
    "BELOW_HIGH_SCHOOL, 10, true",
    "ASSOCIATE,         40, true",
    "BACHELOR,          70, true",
    "DOCTOR,            40, true",
  })
  void belowAssociateStopsAt副科级(Education education, int grade, boolean allowed) {
    assertEquals(allowed, GATE.allows(education, grade));
  }
}
