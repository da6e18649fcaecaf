package org.constable.qualification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * When a certificate counts: from its issue day up to and including its expiry day, unless revoked
 * before. A renewed certificate still counted on the days it was valid; on a report of today, the
 * renewal counts instead.
 */
public final class CertificateValidity {

  private CertificateValidity() {}

  /** Valid for that many years: up to and including the day before the anniversary; none: null. */
  public static LocalDate expiry(LocalDate issuedOn, Integer validityYears) {
    if (issuedOn == null || validityYears == null) {
      return null;
    }
    return issuedOn.plusYears(validityYears).minusDays(1);
  }

  public static boolean validOn(
      LocalDate issuedOn, LocalDate expiresOn, LocalDate revokedOn, LocalDate day) {
    return !issuedOn.isAfter(day)
        && (expiresOn == null || !day.isAfter(expiresOn))
        && (revokedOn == null || day.isBefore(revokedOn));
  }

  /**
   * @param renewed whether a renewal replaced it
   * @param warningDays from how many days before its expiry a certificate counts as expiring
   */
  public static CertificateStatus status(
      LocalDate expiresOn, LocalDate revokedOn, boolean renewed, LocalDate day, int warningDays) {
    if (revokedOn != null && !day.isBefore(revokedOn)) {
      return CertificateStatus.REVOKED;
    }
    if (renewed) {
      return CertificateStatus.RENEWED;
    }
    if (expiresOn != null && day.isAfter(expiresOn)) {
      return CertificateStatus.EXPIRED;
    }
    if (expiresOn != null && ChronoUnit.DAYS.between(day, expiresOn) <= warningDays) {
      return CertificateStatus.EXPIRING;
    }
    return CertificateStatus.VALID;
  }
}
