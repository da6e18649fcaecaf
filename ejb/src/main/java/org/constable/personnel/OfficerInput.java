package org.constable.personnel;

import java.io.Serializable;

/**
 * An officer's record as typed in a form or read from a roster row: text, not yet checked. Field
 * names are those of {@link OfficerInputParser#FIELDS}, also the columns of the roster template.
 */
public record OfficerInput(
    String policeNumber,
    String name,
    String ethnicity,
    String idNumber,
    String firstEmploymentDate,
    String policeJoinDate,
    String entryChannel,
    String category,
    String uniformNumber,
    String rankCode,
    String gradeCode,
    String lineCode,
    String postCode,
    String frontLine,
    String status,
    String education,
    String phone,
    String unitCode)
    implements Serializable {

  /** The values in the order of {@link OfficerInputParser#FIELDS}. */
  public String[] values() {
    return new String[] {
      policeNumber,
      name,
      ethnicity,
      idNumber,
      firstEmploymentDate,
      policeJoinDate,
      entryChannel,
      category,
      uniformNumber,
      rankCode,
      gradeCode,
      lineCode,
      postCode,
      frontLine,
      status,
      education,
      phone,
      unitCode
    };
  }

  public OfficerInput withIdNumber(String newIdNumber) {
    String[] v = values();
    v[3] = newIdNumber;
    return of(v);
  }

  public static OfficerInput of(String... values) {
    String[] v = java.util.Arrays.copyOf(values, OfficerInputParser.FIELDS.size());
    return new OfficerInput(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
        v[14], v[15], v[16], v[17]);
  }
}
