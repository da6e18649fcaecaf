package org.constable.demo.personnel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import org.constable.personnel.InvalidValueException;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.StationStaffingRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Bayannur force of 2,975 officers meets every figure of the plans on any reference day. */
class DemoForceTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-29", "2013-06-30", "2024-02-29", "2003-01-01"})
  void meetsTheFiguresOfThePlans(LocalDate asOf) {
    DemoForce force = DemoForce.bayannur(asOf);
    ForceTally tally = new ForceTally(force, true, false);

    force.forEachOfficer(tally);

    assertEquals(List.of(), tally.violations);
    assertEquals(2975, tally.activePolice);
    assertEquals(175, tally.upTo30);
    assertEquals(463, tally.from51);
    assertEquals("45.1", String.format("%.1f", tally.averageAge()));
    assertEquals(601, tally.highSchoolOrBelow);
    assertEquals(98, tally.recentRecruits);
    assertArrayEquals(new int[] {10, 10, 10, 10, 10, 10, 10, 10, 9, 9}, tally.recruitsByYearsAgo);
    double frontLine = (double) tally.frontLine / tally.activePolice;
    assertTrue(frontLine >= 0.895 && frontLine <= 0.905, "front line " + frontLine);
    assertEquals(3, shortStations(force, tally.activePoliceByUnit));
    assertEquals(150, tally.activeByCategory.get(PersonnelCategory.CIVILIAN));
    assertEquals(500, tally.activeByCategory.get(PersonnelCategory.AUXILIARY));
    assertEquals(2975 + 150 + 500 + 60, tally.everyone);
  }

  @ParameterizedTest
  @CsvSource({"2026-11-29, 2013-06-30", "2013-06-30, 2026-11-29"})
  void givesTheSameForceForTheSameArguments(LocalDate asOf, LocalDate otherDay) {
    String first = hash(new DemoForce(asOf, 2975));
    String second = hash(new DemoForce(asOf, 2975));

    assertEquals(first, second);
    assertNotEquals(first, hash(new DemoForce(otherDay, 2975)));
    assertNotEquals(first, hash(new DemoForce(asOf, 2976)));
  }

  @ParameterizedTest(name = "{0} officers")
  @CsvSource({
    // police, up to 30, 51 or over, high school, recruits, civilians, auxiliaries
    "1000,   59,   156,  202,  33,   50,   168",
    "2976,   175,  463,  601,  98,   150,  500",
    "5950,   350,  926,  1202, 196,  300,  1000",
    "20000,  1176, 3113, 4040, 659,  1008, 3361",
  })
  void keepsTheProportionsAtOtherSizes(
      int police, int upTo30, int from51, int highSchool, int recruits, int civ, int aux) {
    DemoForce force = new DemoForce(LocalDate.of(2026, 11, 29), police);
    ForceTally tally = new ForceTally(force, true, false);

    force.forEachOfficer(tally);

    assertEquals(List.of(), tally.violations);
    assertEquals(police, tally.activePolice);
    assertEquals(upTo30, tally.upTo30);
    assertEquals(from51, tally.from51);
    assertEquals("45.1", String.format("%.1f", tally.averageAge()));
    assertEquals(highSchool, tally.highSchoolOrBelow);
    assertEquals(recruits, tally.recentRecruits);
    IntSummaryStatistics perYear = Arrays.stream(tally.recruitsByYearsAgo).summaryStatistics();
    assertTrue(perYear.getMax() - perYear.getMin() <= 1, Arrays.toString(tally.recruitsByYearsAgo));
    double frontLine = (double) tally.frontLine / tally.activePolice;
    assertTrue(frontLine >= 0.895 && frontLine <= 0.905, "front line " + frontLine);
    assertEquals(3, shortStations(force, tally.activePoliceByUnit));
    assertEquals(civ, tally.activeByCategory.get(PersonnelCategory.CIVILIAN));
    assertEquals(aux, tally.activeByCategory.get(PersonnelCategory.AUXILIARY));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 100, DemoForce.MAXIMUM_POLICE + 1})
  void refusesForcesThatCannotBeStaffed(int police) {
    InvalidValueException e =
        assertThrows(
            InvalidValueException.class, () -> new DemoForce(LocalDate.of(2026, 11, 29), police));

    assertEquals(DemoForce.FORCE_SIZE, e.getMessageKey());
    assertEquals(DemoForce.minimumPoliceOfficers(), e.getArguments()[0]);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1})
  void staffsTheSmallestForceItAccepts(int extra) {
    int police = DemoForce.minimumPoliceOfficers() + extra;
    DemoForce force = new DemoForce(LocalDate.of(2026, 11, 29), police);
    ForceTally tally = new ForceTally(force, true, false);

    force.forEachOfficer(tally);

    assertEquals(List.of(), tally.violations);
    assertEquals(police, tally.activePolice);
    assertEquals(3, shortStations(force, tally.activePoliceByUnit));
  }

  static long shortStations(DemoForce force, Map<String, Integer> activePoliceByUnit) {
    StationStaffingRule rule = StationStaffingRule.defaults();
    return force.units().stream()
        .filter(unit -> rule.isShort(unit.kind(), activePoliceByUnit.getOrDefault(unit.code(), 0)))
        .count();
  }

  private static String hash(DemoForce force) {
    ForceTally tally = new ForceTally(force, false, true);
    force.forEachOfficer(tally);
    return tally.hash();
  }
}
