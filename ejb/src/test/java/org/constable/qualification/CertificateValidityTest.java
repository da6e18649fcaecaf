package org.constable.qualification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateValidityTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  @ParameterizedTest(name = "issued {0}, expires {1}, revoked {2}: valid on 2026-12-02 {3}")
  @CsvSource({
    // valid up to and including the expiry day
    "2021-12-03, 2026-12-02, , true",
    "2021-12-02, 2026-12-01, , false",
    "2021-12-04, 2026-12-03, , true",
    // issued today counts, issued tomorrow does not yet
    "2026-12-02, 2031-12-01, , true",
    "2026-12-03, 2031-12-02, , false",
    // no expiry
    "2000-01-01, , , true",
    // revoked today no longer counts; revoked tomorrow still does today
    "2022-01-01, 2026-12-31, 2026-12-02, false",
    "2022-01-01, 2026-12-31, 2026-12-03, true",
    "2022-01-01, , 2026-12-01, false",
  })
  void aCertificateCountsFromItsIssueDayUpToAndIncludingItsExpiryDay(
      LocalDate issued, LocalDate expires, LocalDate revoked, boolean valid) {
    assertEquals(valid, CertificateValidity.validOn(issued, expires, revoked, DAY));
  }

  @ParameterizedTest(name = "issued {0}, valid {1} years: expires {2}")
  @CsvSource({
    "2021-12-02, 5, 2026-12-01",
    // a leap day's anniversary falls on 28 February
    "2024-02-29, 1, 2025-02-27",
    "2020-03-01, 3, 2023-02-28",
    "2020-03-01, , ",
  })
  void theExpiryIsTheDayBeforeTheAnniversary(LocalDate issued, Integer years, LocalDate expires) {
    assertEquals(expires, CertificateValidity.expiry(issued, years));
  }

  @ParameterizedTest(name = "expires {0}, revoked {1}, renewed {2}: {3} on 2026-12-02 with 90 days")
  @CsvSource({
    "2027-03-02, , false, EXPIRING",
    "2027-03-03, , false, VALID",
    "2026-12-02, , false, EXPIRING",
    "2026-12-01, , false, EXPIRED",
    ", , false, VALID",
    // revoked wins over everything, from its day on
    "2030-01-01, 2026-12-02, false, REVOKED",
    "2030-01-01, 2026-12-03, false, VALID",
    "2026-12-01, 2026-11-01, true, REVOKED",
    // renewed: the history keeps it, marked so, expired or not
    "2026-12-01, , true, RENEWED",
    "2030-01-01, , true, RENEWED",
  })
  void theStatusOnADay(
      LocalDate expires, LocalDate revoked, boolean renewed, CertificateStatus status) {
    assertEquals(status, CertificateValidity.status(expires, revoked, renewed, DAY, 90));
  }
}
