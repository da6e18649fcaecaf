package org.constable.personnel;

import java.io.Serializable;
import java.util.Locale;

/** An org unit as lists and the REST API show it. */
public record UnitRow(
    Long id, String code, String nameZh, String nameEn, UnitKind kind, Long parentId)
    implements Serializable {

  static final String SELECT =
      "SELECT NEW org.constable.personnel.UnitRow(u.id, u.code, u.nameZh, u.nameEn, u.kind, p.id)"
          + " FROM OrgUnit u LEFT JOIN u.parent p";

  public String name(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
