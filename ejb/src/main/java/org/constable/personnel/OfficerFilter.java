package org.constable.personnel;

import java.io.Serializable;

/**
 * What the officer list is narrowed to; every field is optional. {@code text} is a police number
 * prefix when it is all digits, else a part of the name; {@code unitId} stands for that unit and
 * everything beneath it.
 */
public record OfficerFilter(
    String text,
    Long unitId,
    String lineCode,
    String postCode,
    OfficerStatus status,
    PersonnelCategory category)
    implements Serializable {

  public static OfficerFilter none() {
    return new OfficerFilter(null, null, null, null, null, null);
  }
}
