package org.constable.web.personnel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.constable.personnel.OfficerFilter;
import org.constable.personnel.PersonnelLists;
import org.constable.web.shell.CodeLabels;
import org.constable.web.shell.Texts;

/** A filter of the officer list in words, for the title line of an export: 在岗、民警、治安. */
final class OfficerFilterText {

  private OfficerFilterText() {}

  /**
   * @param unitLabels the label of a unit by its id
   */
  static String of(
      OfficerFilter filter, Locale locale, CodeLabels references, LongFunction<String> unitLabels) {
    List<String> parts = new ArrayList<>();
    if (filter.text() != null && !filter.text().isBlank()) {
      parts.add(Texts.get(locale, "officers.export.filter.text", filter.text().strip()));
    }
    if (filter.unitId() != null) {
      parts.add(unitLabels.apply(filter.unitId()));
    }
    if (filter.status() != null) {
      parts.add(Texts.get(locale, "status." + filter.status().name()));
    }
    if (filter.category() != null) {
      parts.add(Texts.get(locale, "category." + filter.category().name()));
    }
    if (filter.lineCode() != null && !filter.lineCode().isBlank()) {
      parts.add(references.label(PersonnelLists.LINE, filter.lineCode()));
    }
    if (filter.postCode() != null && !filter.postCode().isBlank()) {
      parts.add(references.label(PersonnelLists.POST, filter.postCode()));
    }
    if (filter.markCode() != null) {
      parts.add(Texts.get(locale, "mark." + filter.markCode()));
    }
    return parts.isEmpty()
        ? Texts.get(locale, "officers.export.filter.none")
        : String.join("、", parts);
  }
}
