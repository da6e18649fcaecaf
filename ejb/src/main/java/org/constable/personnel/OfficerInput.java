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
    String unitCode,
    String politicalStatus,
    String partyJoinDate,
    String nativePlace,
    String birthPlace)
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
      unitCode,
      politicalStatus,
      partyJoinDate,
      nativePlace,
      birthPlace
    };
  }

  public OfficerInput withIdNumber(String newIdNumber) {
    return with("idNumber", newIdNumber);
  }

  /** The same input with one field, named as in {@link OfficerInputParser#FIELDS}, replaced. */
  public OfficerInput with(String field, String value) {
    int index = OfficerInputParser.FIELDS.indexOf(field);
    if (index < 0) {
      throw new IllegalArgumentException("no field " + field);
    }
    String[] v = values();
    v[index] = value;
    return of(v);
  }

  /** A field by its name in {@link OfficerInputParser#FIELDS}. */
  public String get(String field) {
    return values()[OfficerInputParser.FIELDS.indexOf(field)];
  }

  public static OfficerInput of(String... values) {
    String[] v = java.util.Arrays.copyOf(values, OfficerInputParser.FIELDS.size());
    return new OfficerInput(
        v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
        v[14], v[15], v[16], v[17], v[18], v[19], v[20], v[21]);
  }
}
