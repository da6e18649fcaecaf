package org.constable.personnel;

import java.io.Serializable;
import java.util.Locale;

/**
 * An org unit as lists, pickers and the REST API show it: with its parent's name, which its label
 * carries where the same name occurs more than once (seven 刑侦大队 in the city).
 */
public record UnitRow(
    Long id,
    String code,
    String nameZh,
    String nameEn,
    UnitKind kind,
    Long parentId,
    String parentNameZh,
    String parentNameEn,
    Boolean nameRepeats)
    implements Serializable {

  /** The JPQL of unit rows, {@code u} the unit; a query adds its WHERE. */
  public static final String SELECT =
      "SELECT NEW org.constable.personnel.UnitRow(u.id, u.code, u.nameZh, u.nameEn, u.kind, p.id,"
          + " p.nameZh, p.nameEn, CASE WHEN EXISTS (SELECT t.id FROM OrgUnit t"
          + " WHERE t.nameZh = u.nameZh AND t.id <> u.id) THEN TRUE ELSE FALSE END)"
          + " FROM OrgUnit u LEFT JOIN u.parent p";

  /** The unit as it stands; {@code nameRepeats}: whether another unit has the same name. */
  public static UnitRow of(OrgUnit unit, boolean nameRepeats) {
    OrgUnit parent = unit.getParent();
    return new UnitRow(
        unit.getId(),
        unit.getCode(),
        unit.getNameZh(),
        unit.getNameEn(),
        unit.getKind(),
        parent == null ? null : parent.getId(),
        parent == null ? null : parent.getNameZh(),
        parent == null ? null : parent.getNameEn(),
        nameRepeats);
  }

  public String name(Locale locale) {
    return zh(locale) ? nameZh : nameEn;
  }

  /** The name, after the parent's where the name repeats: "临河区公安分局 / 刑侦大队". */
  public String label(Locale locale) {
    if (!Boolean.TRUE.equals(nameRepeats) || parentId == null) {
      return name(locale);
    }
    return (zh(locale) ? parentNameZh : parentNameEn) + " / " + name(locale);
  }

  private static boolean zh(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }
}
