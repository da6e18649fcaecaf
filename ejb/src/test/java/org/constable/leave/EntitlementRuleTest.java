package org.constable.leave;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import org.constable.platform.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntitlementRuleTest {

  private static final EntitlementRule RULE = new EntitlementRule(LeavePolicy.defaults());

  /** Year 2026 (365 days) unless said; earlier employers as years and months. */
  @ParameterizedTest(
      name = "{0}: joined {1}, earlier {2}y{3}m, personal {4}, sick {5}, vacation {6}")
  @CsvSource({
    // the art. 3 bands, whole year
    "11 months at the year's end,       2026-01-31, 0,  0,  0,   0,   0, 0,  leave.rule.underOneYear",
    "exactly 1 year on 1 January,       2025-01-01, 0,  0,  0,   0,   0, 5,  leave.rule.band",
    "exactly 10 years on 1 January,     2016-01-01, 0,  0,  0,   0,   0, 10, leave.rule.band",
    "exactly 20 years on 1 January,     2006-01-01, 0,  0,  0,   0,   0, 15, leave.rule.band",
    "9 years 364 days on 1 January,     2016-01-02, 0,  0,  0,   0,   0, 9,  leave.rule.prorated",
    // a band reached during the year counts from that date
    "1 year reached on 1 July,          2025-07-01, 0,  0,  0,   0,   0, 2,  leave.rule.prorated",
    "10 years reached on 1 July,        2016-07-01, 0,  0,  0,   0,   0, 7,  leave.rule.prorated",
    "20 years reached on 2 January,     2006-01-02, 0,  0,  0,   0,   0, 14, leave.rule.prorated",
    "1 year reached on 1 November,      2025-11-01, 0,  0,  0,   0,   0, 0,  leave.rule.underOneYear",
    // earlier employers count
    "earlier 9y7m; joined 2024,         2024-06-01, 9,  7,  0,   0,   0, 10, leave.rule.band",
    "no earlier work; joined 2024,      2024-06-01, 0,  0,  0,   0,   0, 5,  leave.rule.band",
    "earlier 11 months makes 1 year,    2025-02-01, 0,  11, 0,   0,   0, 5,  leave.rule.band",
    "earlier 19 years makes 20,         2025-01-01, 19, 0,  0,   0,   0, 15, leave.rule.band",
    // joining mid-year (实施办法 art. 5): remaining days / 365 × band, rounded down
    "joins 1 July with 12 years,        2026-07-01, 12, 0,  0,   0,   0, 5,  leave.rule.prorated",
    "joins 1 October with 5 years,      2026-10-01, 5,  0,  0,   0,   0, 1,  leave.rule.prorated",
    "joins 1 July with 25 years,        2026-07-01, 25, 0,  0,   0,   0, 7,  leave.rule.prorated",
    "joins 1 July without earlier work, 2026-07-01, 0,  0,  0,   0,   0, 0,  leave.rule.underOneYear",
    "joins next year,                   2027-01-05, 5,  0,  0,   0,   0, 0,  leave.rule.underOneYear",
    // art. 4 (1) personal leave without pay deduction: 20 days or more
    "personal leave 20 days,            2020-01-01, 0,  0,  20,  0,   0, 0,  leave.excluded.personal",
    "personal leave 19 days,            2020-01-01, 0,  0,  19,  0,   0, 5,  leave.rule.band",
    // art. 4 sick leave: 2 / 3 / 4 months for under 10 / 10 to 20 / 20 years or more
    "under 10 years; sick 60 days,      2020-01-01, 0,  0,  0,   60,  0, 0,  leave.excluded.sick",
    "under 10 years; sick 59 days,      2020-01-01, 0,  0,  0,   59,  0, 5,  leave.rule.band",
    "10 to 20 years; sick 90 days,      2016-01-01, 0,  0,  0,   90,  0, 0,  leave.excluded.sick",
    "10 to 20 years; sick 89 days,      2016-01-01, 0,  0,  0,   89,  0, 10, leave.rule.band",
    "20 years or more; sick 120 days,   2006-01-01, 0,  0,  0,   120, 0, 0,  leave.excluded.sick",
    "20 years or more; sick 119 days,   2006-01-01, 0,  0,  0,   119, 0, 15, leave.rule.band",
    // art. 4 winter and summer vacation longer than the entitlement
    "vacation 6 days against 5,         2020-01-01, 0,  0,  0,   0,   6, 0,  leave.excluded.vacation",
    "vacation 5 days against 5,         2020-01-01, 0,  0,  0,   0,   5, 5,  leave.rule.band",
  })
  void everyBandExclusionAndProration(
      String what,
      LocalDate joined,
      int earlierYears,
      int earlierMonths,
      int personal,
      int sick,
      int vacation,
      int days,
      String key) {
    Entitlement e =
        RULE.apply(
            new LeaveYear(
                2026, joined, Period.of(earlierYears, earlierMonths, 0), personal, sick, vacation));
    assertEquals(days, e.days(), what);
    assertEquals(key, e.reasonKey(), what);
    assertEquals(key.startsWith("leave.excluded"), e.excluded(), what);
  }

  @ParameterizedTest(name = "{0} full years: {1} days")
  @CsvSource({"0, 0", "1, 5", "9, 5", "10, 10", "19, 10", "20, 15", "40, 15"})
  void bands(int years, int days) {
    assertEquals(days, EntitlementRule.band(years));
  }

  @Test
  void aLeapYearAtOneBandGivesNoMoreThanTheBand() {
    assertEquals(
        5, RULE.apply(new LeaveYear(2028, LocalDate.of(2020, 1, 1), null, 0, 0, 0)).days());
  }

  @ParameterizedTest(name = "entitled {0}, unused last year {1}, taken {2}, carry {3}: {4}")
  @CsvSource({"5, 3, 2, 1, 6", "5, 3, 2, 0, 3", "10, 0, 10, 1, 0", "5, 4, 9, 1, 0"})
  void balanceCarriesOneYearAtMost(int entitled, int unused, int taken, int carry, int balance) {
    EntitlementRule rule = new EntitlementRule(new LeavePolicy(carry, new BigDecimal("90"), 30));
    assertEquals(balance, rule.balance(entitled, unused, taken));
  }

  @Test
  void moreThanOneYearCarriedIsRefused() {
    assertThrows(BusinessException.class, () -> new LeavePolicy(2, new BigDecimal("90"), 30));
  }
}
