package org.constable.personnel;

import java.io.Serializable;
import java.util.Arrays;

/** The order of the officer list: one of a few whitelisted fields, then police number. */
public record OfficerSort(Field field, boolean ascending) implements Serializable {

  public static final OfficerSort DEFAULT = new OfficerSort(Field.POLICE_NUMBER, true);

  /** The sortable fields, by the name of the {@link OfficerRow} component they sort. */
  public enum Field {
    POLICE_NUMBER("policeNumber", "o.policeNumber", "o.police_number"),
    /** By the name's pinyin, as Chinese users look a name up. */
    NAME("name", "o.namePinyin", "o.name_pinyin"),
    BIRTH_DATE("birthDate", "o.birthDate", "o.birth_date"),
    UNIT_NAME_ZH("unitNameZh", "u.nameZh", "u.name_zh"),
    UNIT_NAME_EN("unitNameEn", "u.nameEn", "u.name_en");

    private final String property;
    private final String path;
    private final String column;

    Field(String property, String path, String column) {
      this.property = property;
      this.path = path;
      this.column = column;
    }

    public String property() {
      return property;
    }
  }

  public OfficerSort {
    field = field == null ? Field.POLICE_NUMBER : field;
  }

  /** Sorts by the named row property; an unknown or empty name sorts by police number. */
  public static OfficerSort by(String property, boolean ascending) {
    Field field =
        Arrays.stream(Field.values())
            .filter(f -> f.property.equals(property))
            .findFirst()
            .orElse(Field.POLICE_NUMBER);
    return new OfficerSort(field, ascending);
  }

  /**
   * The JPQL ORDER BY clause; the police number breaks ties so that pages never overlap (two names
   * of the same pinyin, 张伟 and 章伟, come in police-number order).
   */
  String orderBy() {
    return orderBy(field.path, "o.policeNumber");
  }

  /** The same order in SQL over {@code officer o} and {@code org_unit u}. */
  String sqlOrderBy() {
    return orderBy(field.column, "o.police_number");
  }

  /**
   * Whether an index of the officer table has this order (V4: one per field and direction), so that
   * the database can walk it and stop at the page. The unit names live in another table.
   */
  boolean hasIndex() {
    return field != Field.UNIT_NAME_ZH && field != Field.UNIT_NAME_EN;
  }

  private String orderBy(String sortColumn, String policeNumber) {
    String clause = " ORDER BY " + sortColumn + (ascending ? " ASC" : " DESC");
    return field == Field.POLICE_NUMBER ? clause : clause + ", " + policeNumber + " ASC";
  }
}
