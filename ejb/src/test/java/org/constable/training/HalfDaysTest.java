package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HalfDaysTest {

  @ParameterizedTest(name = "{0} half days show as {1}")
  @CsvSource({"30, 15", "29, 14.5", "1, 0.5", "0, 0", "4800, 2400"})
  void daysAreShownWithoutTrailingZeros(long halfDays, String shown) {
    assertEquals(shown, HalfDays.format(halfDays));
  }

  @ParameterizedTest(name = "{0} days are {1} half days")
  @CsvSource({"15, 30", "14.5, 29", "0.5, 1", "0, 0"})
  void typedDaysBecomeHalfDays(BigDecimal days, int halfDays) {
    assertEquals(halfDays, HalfDays.parse(days));
  }

  @Test
  void aQuarterDayOrANegativeOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> HalfDays.parse(new BigDecimal("0.25")));
    assertThrows(IllegalArgumentException.class, () -> HalfDays.parse(new BigDecimal("-1")));
  }
}
