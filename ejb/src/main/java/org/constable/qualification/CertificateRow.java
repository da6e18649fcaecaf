package org.constable.qualification;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A certificate as lists show it, with its status on the day the list was read. */
public record CertificateRow(
    long id,
    long officerId,
    String policeNumber,
    String name,
    String unitNameZh,
    String unitNameEn,
    String typeCode,
    String number,
    LocalDate issuedOn,
    LocalDate expiresOn,
    LocalDate revokedOn,
    String revokeReason,
    Long renewedById,
    CertificateStatus status,
    String scanName,
    LocalDateTime recordedAt,
    String recordedByName,
    long version)
    implements Serializable {

  public boolean hasScan() {
    return scanName != null;
  }

  /** Still the officer's current one of its type: it can be renewed or revoked. */
  public boolean current() {
    return status != CertificateStatus.REVOKED && status != CertificateStatus.RENEWED;
  }
}
