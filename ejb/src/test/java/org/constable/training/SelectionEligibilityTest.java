package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectionEligibilityTest {

  @ParameterizedTest(name = "results {0}: eligible in {1} {2}")
  @CsvSource({
    // year:passed pairs of the comprehensive exams sat
    "'',                      2026, true",
    "2025:false,              2026, false",
    "2025:false,              2025, true",
    "2025:false,              2027, true",
    "2025:true,               2026, true",
    "2024:false 2025:true,    2026, true",
    "2024:false 2025:true,    2025, false",
    "2026:false,              2027, false",
    "2024:true 2025:false,    2026, false",
  })
  void failingTheComprehensiveExamCostsTheNextYearOnly(String results, int year, boolean eligible) {
    Map<Integer, Boolean> byYear = new HashMap<>();
    for (String pair : results.split(" ")) {
      if (!pair.isBlank()) {
        String[] p = pair.split(":");
        byYear.put(Integer.valueOf(p[0]), Boolean.valueOf(p[1]));
      }
    }
    assertEquals(eligible, SelectionEligibility.eligibleIn(year, byYear));
  }
}
