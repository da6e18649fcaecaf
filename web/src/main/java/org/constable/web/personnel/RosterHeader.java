package org.constable.web.personnel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.constable.personnel.OfficerInput;
import org.constable.personnel.OfficerInputParser;
import org.constable.web.shell.Texts;

/**
 * The header row of a roster: which column holds which field. A column is recognised by its Chinese
 * or English label, by its field code, or by the template's "label (code)"; columns may come in any
 * order. Every field must have its column: an import replaces whole records, so a missing column
 * would clear that field on every officer it updates.
 */
final class RosterHeader {

  private static final List<String> FIELDS = OfficerInputParser.FIELDS;
  private static final Pattern LABEL_AND_CODE = Pattern.compile(".*[(（]\\s*([A-Za-z]+)\\s*[)）]");

  /** The labels of earlier templates, when the columns took codes only. */
  private static final Map<String, String> OLD_LABELS =
      Map.ofEntries(
          Map.entry("入警时间", "policeJoinDate"),
          Map.entry("警衔代码", "rankCode"),
          Map.entry("职级代码", "gradeCode"),
          Map.entry("警种代码", "lineCode"),
          Map.entry("岗位代码", "postCode"),
          Map.entry("单位代码", "unitCode"),
          Map.entry("Police join date", "policeJoinDate"),
          Map.entry("Rank code", "rankCode"),
          Map.entry("Grade code", "gradeCode"),
          Map.entry("Line code", "lineCode"),
          Map.entry("Post code", "postCode"),
          Map.entry("Unit code", "unitCode"));

  private static final Map<String, String> FIELD_BY_NAME = names();

  /** The column of errors that {@link RosterErrorWorkbook} adds: read past when uploaded again. */
  private static final java.util.Set<String> IGNORED =
      java.util.Set.of(
          normal(Texts.get(Texts.CHINESE, "roster.errors.header")),
          normal(Texts.get(Locale.ENGLISH, "roster.errors.header")));

  private final int[] columnOfField;

  private RosterHeader(int[] columnOfField) {
    this.columnOfField = columnOfField;
  }

  /** The label of a column in the template and in messages. */
  static String label(Locale locale, String field) {
    return Texts.get(locale, "roster.column." + field);
  }

  /**
   * @param locale the language of the labels that messages name
   * @throws RosterFileException when a column is unknown, repeated or missing
   */
  static RosterHeader of(List<String> cells, Locale locale) {
    int[] columns = new int[FIELDS.size()];
    Arrays.fill(columns, -1);
    List<String> unknown = new ArrayList<>();
    for (int column = 0; column < cells.size(); column++) {
      String text = cells.get(column) == null ? "" : cells.get(column).strip();
      if (text.isEmpty()) {
        continue;
      }
      String field = fieldOf(text);
      if (field == null && IGNORED.contains(normal(text))) {
        continue;
      }
      if (field == null) {
        unknown.add(text);
      } else if (columns[FIELDS.indexOf(field)] >= 0) {
        throw new RosterFileException(RosterFileException.REPEATED_COLUMN, label(locale, field));
      } else {
        columns[FIELDS.indexOf(field)] = column;
      }
    }
    if (Arrays.stream(columns).allMatch(c -> c < 0)) {
      throw new RosterFileException(RosterFileException.NO_HEADER);
    }
    if (!unknown.isEmpty()) {
      throw new RosterFileException(RosterFileException.UNKNOWN_COLUMNS, String.join("、", unknown));
    }
    List<String> missing = new ArrayList<>();
    for (String field : OfficerInputParser.COLUMNS) {
      if (columns[FIELDS.indexOf(field)] < 0) {
        missing.add(label(locale, field));
      }
    }
    if (!missing.isEmpty()) {
      throw new RosterFileException(RosterFileException.MISSING_COLUMNS, String.join("、", missing));
    }
    return new RosterHeader(columns);
  }

  /** A data row's cells as an officer's input, labels read as codes; absent cells are blank. */
  OfficerInput input(List<String> cells) {
    String[] values = new String[FIELDS.size()];
    for (int i = 0; i < values.length; i++) {
      int column = columnOfField[i];
      values[i] =
          RosterLabels.code(FIELDS.get(i), column < cells.size() ? cells.get(column) : null);
    }
    return OfficerInput.of(values);
  }

  /** The column of a field, from 0. */
  int columnOf(String field) {
    return columnOfField[FIELDS.indexOf(field)];
  }

  private static String fieldOf(String text) {
    Matcher withCode = LABEL_AND_CODE.matcher(text);
    if (withCode.matches() && FIELD_BY_NAME.containsKey(normal(withCode.group(1)))) {
      return FIELD_BY_NAME.get(normal(withCode.group(1)));
    }
    return FIELD_BY_NAME.get(normal(text));
  }

  private static Map<String, String> names() {
    Map<String, String> byName = new HashMap<>();
    for (String field : FIELDS) {
      byName.put(normal(field), field);
      byName.put(normal(label(Texts.CHINESE, field)), field);
      byName.put(normal(label(Locale.ENGLISH, field)), field);
    }
    OLD_LABELS.forEach((label, field) -> byName.putIfAbsent(normal(label), field));
    return Map.copyOf(byName);
  }

  // "Police  number *" and "policenumber" are the same column
  private static String normal(String text) {
    return text.codePoints()
        .filter(c -> !Character.isWhitespace(c) && c != '*' && c != '\u3000')
        .mapToObj(Character::toString)
        .collect(Collectors.joining())
        .toLowerCase(Locale.ROOT);
  }
}
