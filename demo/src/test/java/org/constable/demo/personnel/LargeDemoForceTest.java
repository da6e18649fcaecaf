package org.constable.demo.personnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.constable.personnel.PersonnelCategory;
import org.junit.jupiter.api.Test;

/** The benchmark force: 100,000 officers streamed in a few seconds, proportions kept. */
class LargeDemoForceTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  @Test
  void streamsOneHundredThousandOfficers() {
    DemoForce force = new DemoForce(AS_OF, 100_000);
    ForceTally tally = new ForceTally(force, false, false);

    assertTimeout(Duration.ofSeconds(20), () -> force.forEachOfficer(tally));

    assertEquals(List.of(), tally.violations);
    assertEquals(100_000, tally.activePolice);
    assertEquals(5882, tally.upTo30); // 175 per 2,975
    assertEquals(15563, tally.from51); // 463 per 2,975
    assertEquals("45.1", String.format("%.1f", tally.averageAge()));
    assertEquals(20202, tally.highSchoolOrBelow); // 601 per 2,975
    assertEquals(3294, tally.recentRecruits); // 98 per 2,975
    assertEquals(90_000, tally.frontLine);
    assertEquals(3, DemoForceTest.shortStations(force, tally.activePoliceByUnit));
    assertEquals(5042, tally.activeByCategory.get(PersonnelCategory.CIVILIAN));
    assertEquals(16807, tally.activeByCategory.get(PersonnelCategory.AUXILIARY));
    assertEquals(100_000 + 5042 + 16807 + force.formerOfficers(), tally.everyone, "everyone once");
  }

  /** A sink that stops the run sees the first officer long before a full run would finish. */
  @Test
  void handsOverEachOfficerAsSoonAsItIsMade() {
    DemoForce force = new DemoForce(AS_OF, DemoForce.MAXIMUM_POLICE);
    long start = System.nanoTime();
    Consumer<DemoOfficer> stopAtFirst =
        officer -> {
          throw new FirstOfficer(officer);
        };

    FirstOfficer first = assertThrows(FirstOfficer.class, () -> force.forEachOfficer(stopAtFirst));

    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("150001", first.officer.policeNumber().value());
    assertTrue(millis < 2_000, "first officer after " + millis + " ms");
  }

  private static final class FirstOfficer extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient DemoOfficer officer;

    FirstOfficer(DemoOfficer officer) {
      super(null, null, false, false);
      this.officer = officer;
    }
  }
}
