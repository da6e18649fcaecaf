package org.constable.qualification;

import java.io.Serializable;

/** What HR's certificate list is narrowed to; every field optional. */
public record CertificateFilter(String text, Long unitId, String typeCode, CertificateStatus status)
    implements Serializable {

  public static CertificateFilter none() {
    return new CertificateFilter(null, null, null, null);
  }
}
