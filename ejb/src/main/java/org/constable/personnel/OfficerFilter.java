package org.constable.personnel;

import java.io.Serializable;

/**
 * What the officer list is narrowed to; every field is optional. {@code text} is a police number
 * prefix when it is all digits, else a part of the name; {@code unitId} stands for that unit and
 * everything beneath it; {@code markCode}, the officers carrying that {@link OfficerMark}.
 */
public record OfficerFilter(
    String text,
    Long unitId,
    String lineCode,
    String postCode,
    OfficerStatus status,
    PersonnelCategory category,
    String markCode)
    implements Serializable {

  public OfficerFilter(
      String text,
      Long unitId,
      String lineCode,
      String postCode,
      OfficerStatus status,
      PersonnelCategory category) {
    this(text, unitId, lineCode, postCode, status, category, null);
  }

  /** The same filter, narrowed to the officers a capability marks ({@link OfficerMark}). */
  public OfficerFilter withMark(String code) {
    return new OfficerFilter(text, unitId, lineCode, postCode, status, category, code);
  }

  public static OfficerFilter none() {
    return new OfficerFilter(null, null, null, null, null, null);
  }
}
