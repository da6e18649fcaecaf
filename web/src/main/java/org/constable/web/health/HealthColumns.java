package org.constable.web.health;

import java.util.List;
import java.util.Locale;
import org.constable.health.CheckInput;
import org.constable.web.shell.Texts;

/** The columns of the institution's workbook, in order (the name is for the reader only). */
final class HealthColumns {

  static final List<String> FIELDS =
      List.of(
          "policeNumber",
          "idNumber",
          "name",
          "checkedOn",
          "institution",
          "conclusion",
          "findings",
          "conditions",
          "followUpOn");

  private HealthColumns() {}

  static List<String> headers(Locale locale) {
    return FIELDS.stream().map(f -> Texts.get(locale, key(f))).toList();
  }

  /** The message key of a column's title. */
  static String key(String field) {
    return switch (field) {
      case "policeNumber" -> "health.import.columnPoliceNumber";
      case "idNumber" -> "health.import.columnIdNumber";
      case "name" -> "health.import.columnName";
      case "checkedOn" -> "health.import.columnCheckedOn";
      case "institution" -> "health.import.columnInstitution";
      case "conclusion" -> "health.import.columnConclusion";
      case "findings" -> "health.import.columnFindings";
      case "conditions" -> "health.import.columnConditions";
      default -> "health.import.columnFollowUpOn";
    };
  }

  /** The message key of a reference list's name in the template. */
  static String listKey(String list) {
    return CheckInput.CONCLUSIONS.equals(list)
        ? "health.import.listConclusions"
        : "health.import.listConditions";
  }
}
