package org.constable.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeaveRateTest {

  private static final BigDecimal TARGET = LeavePolicy.defaults().targetPercent();

  @ParameterizedTest(name = "{1} of {0} days: {2}%, meets 90%: {3}")
  @CsvSource({
    "100,  90,  90.0, true",
    "100,  89,  89.0, false",
    "1000, 900, 90.0, true",
    "1000, 899, 89.9, false",
    "3,    3,   100.0, true",
    "30,   27,  90.0, true",
    "30,   26,  86.7, false",
    "9999, 8999, 90.0, false",
  })
  void bothSidesOfTheTarget(long entitled, long taken, String percent, boolean meets) {
    LeaveRate r = new LeaveRate(10, entitled, taken, 4);
    assertEquals(new BigDecimal(percent), r.percent());
    assertEquals(meets, r.meets(TARGET));
  }

  @Test
  void theShareWhoTookItAll() {
    assertEquals(new BigDecimal("40.0"), new LeaveRate(10, 100, 90, 4).fullShare());
  }

  @Test
  void nobodyEntitledHasNoRate() {
    LeaveRate r = new LeaveRate(0, 0, 0, 0);
    assertNull(r.percent());
    assertNull(r.fullShare());
  }
}
