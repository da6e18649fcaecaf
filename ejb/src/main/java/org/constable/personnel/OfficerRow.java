package org.constable.personnel;

import java.io.Serializable;
import java.time.LocalDate;

/** An officer as the list shows it, with the ID number masked. */
public record OfficerRow(
    Long id,
    String policeNumber,
    String name,
    Gender gender,
    String maskedIdNumber,
    LocalDate birthDate,
    Long unitId,
    String unitNameZh,
    String unitNameEn,
    PersonnelCategory category,
    OfficerStatus status,
    String lineCode,
    String postCode)
    implements Serializable {

  /** The columns of {@link OfficerDirectory}'s search, in the order {@link #of} reads them. */
  static final String SELECT =
      "SELECT o.id, o.policeNumber, o.name, o.gender, o.idNumber, o.birthDate, u.id, u.labelZh,"
          + " u.labelEn, o.category, o.status, o.lineCode, o.postCode";

  static OfficerRow of(Object[] row) {
    return new OfficerRow(
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        (Gender) row[3],
        IdNumber.masked((String) row[4]),
        (LocalDate) row[5],
        (Long) row[6],
        (String) row[7],
        (String) row[8],
        (PersonnelCategory) row[9],
        (OfficerStatus) row[10],
        (String) row[11],
        (String) row[12]);
  }
}
