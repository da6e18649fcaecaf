package org.constable.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RollUpTest {

  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 29);

  private static final RollUp FORCE =
      RollUp.of(
          List.of(
              cell("/1/", officers(1)),
              cell("/1/2/", officers(10)),
              cell("/1/2/", officers(5)),
              cell("/1/2/5/", officers(100)),
              cell("/1/22/", officers(1000)),
              cell("/1/3/", officers(10000))));

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/1/, 11116", "/1/2/, 115", "/1/2/5/, 100", "/1/22/, 1000", "/1/4/, 0"})
  void aUnitCountsItselfAndEverythingBeneathIt(String path, long officers) {
    assertEquals(officers, FORCE.beneath(path).officers());
  }

  @Test
  void placedInCountsOnlyTheUnitItself() {
    assertEquals(15, FORCE.placedIn("/1/2/").officers());
    assertEquals(0, FORCE.placedIn("/1/4/").officers());
  }

  /** The seed's force as two units: 2,975 officers whose ages add up to 134,173 years. */
  @Test
  void figuresFromGroupedSumsGiveThePolicysAverageAndShares() {
    long birthYears = 2975L * 2026 - 134_173 - 1000;
    long first = 2000L * 1981;
    var bureau = new Tally(2000, first, 500, 100, 200, 1400, 300, 400, 1800, 50);
    var county = new Tally(975, birthYears - first, 500, 75, 120, 617, 163, 201, 877, 48);

    Figures figures =
        RollUp.of(List.of(cell("/1/", bureau), cell("/1/9/", county)))
            .beneath("/1/")
            .figures(AS_OF);

    assertEquals(2975, figures.officers());
    assertEquals(new BigDecimal("45.1"), figures.averageAge());
    assertEquals(new Share(175, new BigDecimal("5.9")), figures.upTo30());
    assertEquals(new Share(463, new BigDecimal("15.6")), figures.from51());
    assertEquals(new Share(601, new BigDecimal("20.2")), figures.highSchoolOrBelow());
    assertEquals(new Share(2677, new BigDecimal("90.0")), figures.frontLine());
    assertEquals(98, figures.recentRecruits());
  }

  @Test
  void nobodyHasAnAverageOfZero() {
    Figures figures = Tally.NONE.figures(AS_OF);

    assertEquals(new BigDecimal("0.0"), figures.averageAge());
    assertEquals(new BigDecimal("0.0"), figures.frontLine().percent());
  }

  private static Cell cell(String path, Tally tally) {
    return new Cell(path, "BACHELOR", "JD1", "KY", null, tally);
  }

  private static Tally officers(long n) {
    return new Tally(n, n * 1980, 0, 0, 0, n, 0, 0, 0, 0);
  }
}
