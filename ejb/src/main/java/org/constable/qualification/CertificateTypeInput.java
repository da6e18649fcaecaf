package org.constable.qualification;

import java.io.Serializable;
import org.constable.platform.BusinessException;

/** A certificate type as ADMIN types it. */
public record CertificateTypeInput(
    String code,
    String nameZh,
    String nameEn,
    String issuer,
    Integer validityYears,
    Integer level,
    boolean enforcement,
    boolean active,
    int sortOrder)
    implements Serializable {

  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

  void check() {
    if (code == null || !CODE.matcher(code.strip()).matches()) {
      throw new BusinessException("qualification.type.badCode");
    }
    if (blank(nameZh) || blank(nameEn)) {
      throw new BusinessException("qualification.type.nameRequired");
    }
    if (nameZh.strip().length() > 100
        || nameEn.strip().length() > 150
        || (issuer != null && issuer.strip().length() > 100)) {
      throw new BusinessException("qualification.type.tooLong");
    }
    if (validityYears != null && (validityYears < 1 || validityYears > 50)) {
      throw new BusinessException("qualification.type.badValidity");
    }
    if (level != null && (level < 1 || level > 9)) {
      throw new BusinessException("qualification.type.badLevel");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
