package org.constable.personnel;

/** A roster row or form input that passes every check: tests change one field at a time. */
final class ValidRow {

  private ValidRow() {}

  /** In the order of {@link OfficerInputParser#FIELDS}. */
  static String[] values(String policeNumber, String idNumber, String unitCode) {
    return new String[] {
      policeNumber,
      "王伟",
      "汉族",
      idNumber,
      "2002-07-01",
      "2002-07-01",
      "RECRUITMENT",
      "POLICE",
      "",
      "JS1",
      "KY",
      "ZA",
      "SQMJ",
      "是",
      "ON_DUTY",
      "BACHELOR",
      "13904781234",
      unitCode,
      "",
      "",
      "",
      ""
    };
  }
}
