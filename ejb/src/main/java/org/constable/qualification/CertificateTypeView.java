package org.constable.qualification;

import java.io.Serializable;
import java.util.Locale;

/** A certificate type as pages and pickers show it. */
public record CertificateTypeView(
    String code,
    String nameZh,
    String nameEn,
    String issuer,
    Integer validityYears,
    Integer level,
    boolean enforcement,
    boolean active,
    int sortOrder,
    long version)
    implements Serializable {

  static CertificateTypeView of(CertificateType t) {
    return new CertificateTypeView(
        t.getCode(),
        t.getNameZh(),
        t.getNameEn(),
        t.getIssuer(),
        t.getValidityYears(),
        t.getLevel(),
        t.isEnforcement(),
        t.isActive(),
        t.getSortOrder(),
        t.getVersion());
  }

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
