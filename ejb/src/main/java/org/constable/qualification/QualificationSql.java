package org.constable.qualification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.stream.Collectors;
import org.constable.personnel.Education;
import org.constable.personnel.ServingPolice;

/**
 * The SQL of "holds a certificate that counts on a day", over an officer {@code o} in its unit
 * {@code u}, which the compliance report, the gate and the officer list's marks share. Days and
 * codes are written into the statement: a day is a date literal, a code one the schema checked.
 */
final class QualificationSql {

  static final String POSTGRADUATE =
      "o.education IN ('" + Education.MASTER.name() + "', '" + Education.DOCTOR.name() + "')";

  private QualificationSql() {}

  /** DATE 'yyyy-mm-dd', which Oracle and H2 both read. */
  static String day(LocalDate day) {
    return "DATE '" + day + "'";
  }

  /** A certificate {@code c} counts on the day: issued by then, not expired, not revoked. */
  static String validOn(LocalDate day) {
    String d = day(day);
    return "c.issued_on <= "
        + d
        + " AND (c.expires_on IS NULL OR c.expires_on >= "
        + d
        + ") AND (c.revoked_on IS NULL OR c.revoked_on > "
        + d
        + ")";
  }

  /** The officer holds one of the types, valid on the day. */
  static String holdsOneOf(Collection<String> typeCodes, LocalDate day) {
    return "EXISTS (SELECT 1 FROM officer_certificate c WHERE c.officer_id = o.id AND c.type_code IN "
        + codes(typeCodes)
        + " AND "
        + validOn(day)
        + ")";
  }

  /** The officer meets the requirement on the day. */
  static String holds(CertificateRequirement requirement, LocalDate day) {
    var alternatives = new java.util.ArrayList<String>();
    if (!requirement.getTypeCodes().isEmpty()) {
      alternatives.add(holdsOneOf(requirement.getTypeCodes(), day));
    }
    if (requirement.isPostgraduate()) {
      alternatives.add(POSTGRADUATE);
    }
    return "(" + String.join(" OR ", alternatives) + ")";
  }

  /** The officer is subject to the requirement. */
  static String subject(CertificateRequirement requirement) {
    return ServingPolice.SQL
        + " AND "
        + requirement.getSubjectKind().sql(requirement.getSubjectCode());
  }

  /** The officer holds a law-enforcement qualification valid on the day. */
  static String mayEnforce(LocalDate day) {
    return "EXISTS (SELECT 1 FROM officer_certificate c JOIN certificate_type t ON t.code = c.type_code"
        + " WHERE c.officer_id = o.id AND t.enforcement = 1 AND "
        + validOn(day)
        + ")";
  }

  static String codes(Collection<String> codes) {
    if (codes.isEmpty()) {
      return "(NULL)";
    }
    codes.forEach(
        code -> {
          if (!code.matches("[A-Z][A-Z0-9_]{0,19}")) {
            throw new IllegalStateException("Not a certificate type code: " + code);
          }
        });
    return codes.stream()
        .sorted()
        .map(code -> "'" + code + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
