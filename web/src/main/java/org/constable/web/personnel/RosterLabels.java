package org.constable.web.personnel;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constable.personnel.Education;
import org.constable.personnel.EntryChannel;
import org.constable.personnel.OfficerStatus;
import org.constable.personnel.PersonnelCategory;
import org.constable.personnel.PoliticalStatus;
import org.constable.web.shell.Texts;

/**
 * The labels of the roster's choice columns, which clerks type (在岗, 民警, 大学本科, 中共党员) as well as the
 * codes: the label of a value in either language reads as its code. A text that is no label passes
 * as typed, for the parser to accept as a code or to report.
 */
final class RosterLabels {

  /** A choice column: its field, the message prefix of its labels, its values. */
  record Choices(String field, String prefix, List<? extends Enum<?>> values) {}

  static final List<Choices> CHOICES =
      List.of(
          new Choices("politicalStatus", "political.", List.of(PoliticalStatus.values())),
          new Choices("entryChannel", "entryChannel.", List.of(EntryChannel.values())),
          new Choices("category", "category.", List.of(PersonnelCategory.values())),
          new Choices("status", "status.", List.of(OfficerStatus.values())),
          new Choices("education", "education.", List.of(Education.values())));

  private static final Map<String, Map<String, String>> CODE_BY_LABEL = labels();

  private RosterLabels() {}

  static String code(String field, String typed) {
    if (typed == null) {
      return null;
    }
    Map<String, String> codes = CODE_BY_LABEL.get(field);
    String code = codes == null ? null : codes.get(normal(typed));
    return code == null ? typed : code;
  }

  /** The label of a code in a choice column; null for a field that is none. */
  static String label(Locale locale, String field, String code) {
    if (code == null) {
      return null;
    }
    return CHOICES.stream()
        .filter(c -> c.field().equals(field))
        .findFirst()
        .map(c -> Texts.get(locale, c.prefix() + code))
        .orElse(null);
  }

  private static Map<String, Map<String, String>> labels() {
    Map<String, Map<String, String>> byField = new HashMap<>();
    for (Choices choices : CHOICES) {
      Map<String, String> codes = new HashMap<>();
      for (Enum<?> value : choices.values()) {
        for (Locale locale : List.of(Texts.CHINESE, Locale.ENGLISH)) {
          codes.put(normal(Texts.get(locale, choices.prefix() + value.name())), value.name());
        }
      }
      byField.put(choices.field(), Map.copyOf(codes));
    }
    return Map.copyOf(byField);
  }

  private static String normal(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
