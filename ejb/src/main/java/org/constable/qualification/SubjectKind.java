package org.constable.qualification;

import java.util.List;
import org.constable.personnel.UnitKind;
import org.constable.platform.NativeSql;

/**
 * Whom a requirement applies to, among the serving police officers: those of a post, of a police
 * line, every one (enforcement: attachment 2), or the heads of a station or brigade (所队长).
 */
public enum SubjectKind {
  POST(true),
  LINE(true),
  POLICE(false),
  HEAD(false);

  /** Heads are the leaders (post LD) of these units. */
  static final String HEAD_POST = "LD";

  private static final List<UnitKind> HEADED_UNITS =
      List.of(
          UnitKind.BRIGADE, UnitKind.STATION_URBAN, UnitKind.STATION_TOWN, UnitKind.STATION_RURAL);

  private final boolean needsCode;

  SubjectKind(boolean needsCode) {
    this.needsCode = needsCode;
  }

  public boolean needsCode() {
    return needsCode;
  }

  /**
   * The condition on an officer {@code o} (its columns and subqueries only), beside the serving
   * police officer condition; the code is a reference code the requirement holds (checked when it
   * was saved), so it is written into the statement as a literal.
   */
  String sql(String code) {
    return switch (this) {
      case POST -> "o.post_code = " + literal(code);
      case LINE -> "o.line_code = " + literal(code);
      case POLICE -> "1 = 1";
      case HEAD ->
          "o.post_code = '"
              + HEAD_POST
              + "' AND o.unit_id IN (SELECT hu.id FROM org_unit hu WHERE hu.kind IN "
              + NativeSql.literals(HEADED_UNITS)
              + ")";
    };
  }

  private static String literal(String code) {
    if (code == null || !code.matches("[A-Za-z0-9_]{1,20}")) {
      throw new IllegalStateException("A requirement's code is a reference code: " + code);
    }
    return "'" + code + "'";
  }
}
