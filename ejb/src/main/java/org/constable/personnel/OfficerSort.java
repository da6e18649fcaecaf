package org.constable.personnel;

import java.io.Serializable;
import java.util.Arrays;

/** The order of the officer list: one of a few whitelisted fields, then police number. */
public record OfficerSort(Field field, boolean ascending) implements Serializable {

  public static final OfficerSort DEFAULT = new OfficerSort(Field.POLICE_NUMBER, true);

  /** The sortable fields, by the name of the {@link OfficerRow} component they sort. */
  public enum Field {
    POLICE_NUMBER("policeNumber", "o.policeNumber"),
    NAME("name", "o.name"),
    BIRTH_DATE("birthDate", "o.birthDate"),
    UNIT_NAME_ZH("unitNameZh", "u.nameZh"),
    UNIT_NAME_EN("unitNameEn", "u.nameEn");

    private final String property;
    private final String path;

    Field(String property, String path) {
      this.property = property;
      this.path = path;
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

  /** The JPQL ORDER BY clause; the police number breaks ties so that pages never overlap. */
  String orderBy() {
    String direction = ascending ? " ASC" : " DESC";
    String clause = " ORDER BY " + field.path + direction;
    return field == Field.POLICE_NUMBER ? clause : clause + ", o.policeNumber ASC";
  }
}
