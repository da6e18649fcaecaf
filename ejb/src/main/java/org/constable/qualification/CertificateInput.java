package org.constable.qualification;

import java.io.Serializable;
import java.time.LocalDate;
import org.constable.platform.BusinessException;

/**
 * A certificate as HR types it: the type's code, its number, the issue day and, optionally, the
 * expiry (computed from the type's validity when left empty).
 */
public record CertificateInput(
    String typeCode, String number, LocalDate issuedOn, LocalDate expiresOn)
    implements Serializable {

  static final int LONGEST_NUMBER = 50;

  /** The input checked against its type and today, with the expiry filled in. */
  record Checked(String number, LocalDate issuedOn, LocalDate expiresOn) {}

  Checked check(CertificateType type, LocalDate today) {
    String typed = number == null ? "" : number.strip();
    if (typed.isEmpty()) {
      throw new BusinessException("qualification.certificate.numberRequired");
    }
    if (typed.length() > LONGEST_NUMBER) {
      throw new BusinessException("qualification.certificate.numberTooLong", LONGEST_NUMBER);
    }
    if (issuedOn == null) {
      throw new BusinessException("qualification.certificate.issuedRequired");
    }
    if (issuedOn.isAfter(today)) {
      throw new BusinessException("qualification.certificate.issuedInFuture", issuedOn);
    }
    LocalDate expiry = expiresOn != null ? expiresOn : type.expiryFor(issuedOn);
    if (expiry != null && expiry.isBefore(issuedOn)) {
      throw new BusinessException("qualification.certificate.expiresBeforeIssued", expiry);
    }
    return new Checked(typed, issuedOn, expiry);
  }
}
