package org.constable.personnel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.constable.platform.NativeSql;
import org.constable.security.DataScope;

/**
 * The conditions of an officer search in SQL over {@code officer o} and {@code org_unit u}, with
 * positional parameters: always the caller's data scope (none when it covers every unit), then each
 * filter that is set. {@link OfficerDirectory} builds its count and its pages from them.
 *
 * <p>Each condition on a list column (status, category, line, post) comes in two spellings: as it
 * is, for a count over the whole force that an index on those columns answers; and as an expression
 * ({@code o.status || ''}) that no index serves, for a page and for a count within units. H2
 * estimates those columns by their few distinct values and, given the choice, reads every matching
 * row through their index and sorts it (0.5 s at 100,000 officers), where walking the order's index
 * or collecting the scope's units stops at the page (docs/performance.md).
 */
final class OfficerConditions {

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** A name typed in pinyin, whole or by initials: zhangwei, zhang wei, zw. */
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z][A-Za-z ]*");

  /** One condition on the officer: the column, the rest, and the rest's values. */
  private record Condition(String column, String rest, List<Object> values, boolean listColumn) {
    String sql(boolean indexable) {
      return (listColumn && !indexable ? "(" + column + " || '')" : column) + rest;
    }
  }

  private final List<String> unitSql = new ArrayList<>();
  private final List<Object> unitValues = new ArrayList<>();
  private final List<Condition> officer = new ArrayList<>();
  private boolean everyUnit;
  private String markSql;

  static OfficerConditions of(DataScope scope, OfficerFilter filter, String unitPath) {
    return of(scope, filter, unitPath, null, false);
  }

  /**
   * @param unitPath the path of the filter's unit, already checked to lie inside the scope; null
   *     for none
   * @param markSql the condition of the filter's mark, on {@code officer o} alone; null for none
   * @param everyUnit whether the scope covers every unit and no unit is asked for: then the query
   *     needs no unit condition at all
   */
  static OfficerConditions of(
      DataScope scope, OfficerFilter filter, String unitPath, String markSql, boolean everyUnit) {
    var result = new OfficerConditions();
    result.everyUnit = everyUnit && unitPath == null;
    result.markSql = markSql;
    if (!result.everyUnit) {
      result.addUnitSql("u.path LIKE ?", scope.pathPattern());
    }
    if (unitPath != null) {
      result.addUnitSql("u.path LIKE ?", unitPath + "%");
    }
    String text = filter.text() == null ? "" : filter.text().strip();
    if (DIGITS.matcher(text).matches()) {
      result.add("o.police_number", " LIKE ?", text + "%");
    } else if (LETTERS.matcher(text).matches()) {
      String spelled = text.replace(" ", "").toLowerCase(java.util.Locale.ROOT) + "%";
      result.add("(o.name_pinyin LIKE ? OR o.name_initials LIKE ?)", "", spelled, spelled);
    } else if (!text.isEmpty()) {
      // INSTR takes the text literally (no LIKE escapes) and costs H2 a third of a LIKE; over the
      // whole force, the range on the name lets it read the names' index instead of every row
      result.add((result.everyUnit ? "o.name > ' ' AND " : "") + "INSTR(o.name, ?) > 0", "", text);
    }
    if (filter.lineCode() != null && !filter.lineCode().isBlank()) {
      result.addListColumn("o.line_code", " = ?", filter.lineCode());
    }
    if (filter.postCode() != null && !filter.postCode().isBlank()) {
      result.addListColumn("o.post_code", " = ?", filter.postCode());
    }
    if (filter.status() != null) {
      result.addListColumn("o.status", " = ?", filter.status().name());
    }
    if (filter.category() != null) {
      result.addListColumn("o.category", " = ?", filter.category().name());
    }
    if (filter.serving()) {
      result.addListColumn("o.status", " IN " + NativeSql.literals(OfficerStatus.active()));
    }
    if (filter.group() != null) {
      result.addGroup(filter.group());
    }
    if (filter.officerIds() != null) {
      // a selection: few officers, and an empty one is no one
      List<Long> ids = filter.officerIds().isEmpty() ? List.of(-1L) : filter.officerIds();
      result.add("o.id IN (" + NativeSql.idList(ids) + ")", "");
    }
    return result;
  }

  private void addGroup(OfficerGroup group) {
    if (group.joinedBy() != null) {
      add("(o.police_join_date IS NULL OR o.police_join_date <= ?)", "", group.joinedBy());
    }
    if (group.bornAfter() != null) {
      add("o.birth_date", " > ?", group.bornAfter());
    }
    if (group.bornOnOrBefore() != null) {
      add("o.birth_date", " <= ?", group.bornOnOrBefore());
    }
    if (!group.educations().isEmpty()) {
      add("o.education IN " + NativeSql.literals(group.educations()), "");
    }
    if (group.rankCode() != null && !group.rankCode().isBlank()) {
      add("o.rank_code", " = ?", group.rankCode());
    }
    if (group.gradeCode() != null && !group.gradeCode().isBlank()) {
      add("o.grade_code", " = ?", group.gradeCode());
    }
  }

  private void add(String column, String rest, Object... values) {
    officer.add(new Condition(column, rest, List.of(values), false));
  }

  private void addListColumn(String column, String rest, Object... values) {
    officer.add(new Condition(column, rest, List.of(values), true));
  }

  private void addUnitSql(String condition, Object value) {
    unitSql.add(condition);
    unitValues.add(value);
  }

  /** Whether the query needs no unit condition: the scope covers every unit. */
  boolean everyUnit() {
    return everyUnit;
  }

  /** The conditions on the unit in SQL, joined by AND, parameters numbered from 1; "" for none. */
  String unitSql() {
    return numbered(unitSql, 1);
  }

  /** The conditions on the officer, each after AND, numbered after the unit's, for a page. */
  String officerSql() {
    return officerSql(false);
  }

  /**
   * The same; {@code indexable}: with the list columns as they are, for a count over the whole
   * force.
   */
  String officerSql(boolean indexable) {
    String sql =
        numbered(officer.stream().map(c -> c.sql(indexable)).toList(), unitValues.size() + 1);
    String mark = markSql == null ? "" : " AND (" + markSql + ")";
    return (sql.isEmpty() ? "" : " AND " + sql) + mark;
  }

  /** The values of {@link #unitSql()} and {@link #officerSql()}, in their order. */
  List<Object> sqlValues() {
    var values = new ArrayList<>(unitValues);
    officer.forEach(c -> values.addAll(c.values()));
    return values;
  }

  /** Each '?' of the conditions becomes ?1, ?2, … from the first number on. */
  private static String numbered(List<String> sql, int first) {
    var numbered = new StringBuilder();
    int next = first;
    for (char c : String.join(" AND ", sql).toCharArray()) {
      numbered.append(c);
      if (c == '?') {
        numbered.append(next++);
      }
    }
    return numbered.toString();
  }
}
