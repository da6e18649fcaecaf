package org.constable.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the dashboard's blocks are put together from grouped counts. */
class BlocksTest {

  @ParameterizedTest(name = "{0} of {1} is {2}%")
  @CsvSource({
    "175, 2975, 5.9",
    "463, 2975, 15.6",
    "601, 2975, 20.2",
    "1, 8, 12.5",
    "1, 3, 33.3",
    "2, 3, 66.7",
    "0, 0, 0.0",
    "5, 5, 100.0"
  })
  void percentagesHaveOneDecimalRoundedHalfUp(long part, long whole, BigDecimal percent) {
    assertEquals(percent, Percent.of(part, whole));
  }

  @Test
  void ranksComeInReferenceOrderThenUnknownCodesThenOfficersWithoutARank() {
    Map<String, Long> counts = new HashMap<>();
    counts.put("JD1", 5L);
    counts.put("JY2", 3L);
    counts.put("ZZ9", 1L);
    counts.put("AA1", 1L);
    counts.put(null, 2L);
    counts.put("JS1", 0L);

    List<Bucket> buckets =
        Distribution.of(
            counts,
            List.of("JY2", "JY1", "JS3", "JS2", "JS1", "JD3", "JD2", "JD1", "JG3", "JG2", "JG1"),
            12);

    assertEquals(
        Arrays.asList("JY2", "JD1", "AA1", "ZZ9", null),
        buckets.stream().map(Bucket::code).toList());
    assertEquals(new Bucket("JD1", 5, new BigDecimal("41.7")), buckets.get(1));
  }

  @Test
  void educationListsEveryLevelAndSumsHighSchoolOrBelow() {
    var structure =
        EducationStructure.of(
            Map.of("BELOW_HIGH_SCHOOL", 81L, "HIGH_SCHOOL", 520L, "BACHELOR", 2374L), 2975);

    assertEquals(6, structure.levels().size());
    assertEquals(0, structure.levels().get(5).count());
    assertEquals(new Share(601, new BigDecimal("20.2")), structure.highSchoolOrBelow());
  }

  @ParameterizedTest(name = "as of {0}")
  @CsvSource({
    "2026-11-29, 2016-11-30, 2016, 11",
    "2026-12-31, 2017-01-01, 2017, 10",
    "2024-02-29, 2014-03-01, 2014, 11",
  })
  void recruitsCoverTheTenYearsUpToTheDayByCalendarYear(
      LocalDate asOf, LocalDate from, int firstYear, int years) {
    Recruitment recruitment = Recruitment.of(asOf, Map.of(firstYear, 4L, asOf.getYear(), 6L));

    assertEquals(from, recruitment.from());
    assertEquals(asOf, recruitment.to());
    assertEquals(years, recruitment.years().size());
    assertEquals(new RecruitYear(firstYear, 4), recruitment.years().get(0));
    assertEquals(0, recruitment.years().get(1).recruits());
    assertEquals(10, recruitment.total());
  }

  @ParameterizedTest(name = "{0} of 2975 against {1}%")
  @CsvSource({"2677, 90, true", "2676, 90, false", "2975, 90, true", "2677, 90.1, false"})
  void theFrontLineMeetsItsTargetAsShown(long frontLine, BigDecimal target, boolean meets) {
    var figures = new Tally(2975, 0, 0, 0, 0, 0, 0, 0, frontLine, 0).figures(LocalDate.EPOCH);

    FrontLineShare share = FrontLineShare.of(figures, target);

    assertEquals(meets, share.meetsTarget());
    assertTrue(share.frontLine().count() == frontLine && share.officers() == 2975);
    assertFalse(share.targetPercent() == null);
  }
}
