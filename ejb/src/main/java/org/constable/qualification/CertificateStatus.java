package org.constable.qualification;

/** Where a certificate stands on a day. */
public enum CertificateStatus {
  VALID,
  /** Valid, but it expires within the first alert's window (90 days by default). */
  EXPIRING,
  EXPIRED,
  REVOKED,
  /** Replaced by a renewal, which holds the history. */
  RENEWED;

  public boolean counts() {
    return this == VALID || this == EXPIRING;
  }
}
