package org.constable.web.personnel;

import java.util.Locale;
import java.util.function.UnaryOperator;
import org.constable.personnel.PersonnelLists;
import org.constable.web.shell.CodeLabels;
import org.constable.web.shell.Texts;

/**
 * A roster field's stored value as a user reads it and the import takes it back: a choice by its
 * label, a reference code by its name, a unit by its label, yes or no; anything else as it is.
 */
final class RosterValues {

  private final Locale locale;
  private final CodeLabels references;
  private final UnaryOperator<String> unitLabels;

  /**
   * @param unitLabels the label of a unit by its code
   */
  RosterValues(Locale locale, CodeLabels references, UnaryOperator<String> unitLabels) {
    this.locale = locale;
    this.references = references;
    this.unitLabels = unitLabels;
  }

  /** Null stays null. */
  String text(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String list = PersonnelLists.LIST_OF_FIELD.get(field);
    if (list != null) {
      return references.label(list, value);
    }
    String choice = RosterLabels.label(locale, field, value);
    if (choice != null) {
      return choice;
    }
    return switch (field) {
      case "unitCode" -> unitLabels.apply(value);
      case "frontLine" ->
          Texts.get(locale, Boolean.parseBoolean(value) ? "officer.yes" : "officer.no");
      default -> value;
    };
  }
}
