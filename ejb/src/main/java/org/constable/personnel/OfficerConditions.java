package org.constable.personnel;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.constable.platform.Like;
import org.constable.platform.NativeSql;
import org.constable.security.DataScope;

/**
 * The WHERE clause of an officer search over {@code Officer o JOIN o.unit u}, with its parameters:
 * always the caller's data scope, then each filter that is set. The same conditions in SQL over
 * {@code officer o} and {@code org_unit u}, with positional parameters, serve the native query that
 * finds the police numbers of a page ({@link OfficerDirectory}).
 */
final class OfficerConditions {

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** A name typed in pinyin, whole or by initials: zhangwei, zhang wei, zw. */
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z][A-Za-z ]*");

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private final List<String> unitSql = new ArrayList<>();
  private final List<String> officerSql = new ArrayList<>();
  private final List<Object> unitValues = new ArrayList<>();
  private final List<Object> officerValues = new ArrayList<>();
  private boolean narrowing;
  private String markSql;

  /**
   * @param unitPath the path of the filter's unit, already checked to lie inside the scope; null
   *     for none
   */
  static OfficerConditions of(DataScope scope, OfficerFilter filter, String unitPath) {
    return of(scope, filter, unitPath, null);
  }

  /**
   * @param markSql the condition of the filter's mark, on {@code officer o} alone; null for none.
   *     Only the native queries take it: {@link #hasMark()} tells the count to be one of them.
   */
  static OfficerConditions of(
      DataScope scope, OfficerFilter filter, String unitPath, String markSql) {
    var result = new OfficerConditions();
    if (markSql != null) {
      result.markSql = markSql;
      result.narrowing = true;
    }
    result.add(scope.jpqlCondition("u"), DataScope.PARAMETER, scope.pathPattern());
    result.addUnitSql("u.path LIKE ?", scope.pathPattern());
    if (unitPath != null) {
      result.add("u.path LIKE :unitPath", "unitPath", unitPath + "%");
      result.addUnitSql("u.path LIKE ?", unitPath + "%");
      result.narrowing = true;
    }
    String text = filter.text() == null ? "" : filter.text().strip();
    if (DIGITS.matcher(text).matches()) {
      result.add("o.policeNumber LIKE :policeNumber", "policeNumber", text + "%");
      result.addOfficerSql("o.police_number LIKE ?", text + "%");
    } else if (LETTERS.matcher(text).matches()) {
      String spelled = text.replace(" ", "").toLowerCase(java.util.Locale.ROOT) + "%";
      result.add("(o.namePinyin LIKE :pinyin OR o.nameInitials LIKE :pinyin)", "pinyin", spelled);
      result.addOfficerSql("(o.name_pinyin LIKE ? OR o.name_initials LIKE ?)", spelled, spelled);
      result.narrowing = true;
    } else if (!text.isEmpty()) {
      result.add("o.name LIKE :name" + Like.ESCAPE, "name", Like.contains(text));
      result.addOfficerSql("o.name LIKE ?" + Like.ESCAPE, Like.contains(text));
      result.narrowing = true;
    }
    if (filter.lineCode() != null && !filter.lineCode().isBlank()) {
      result.add("o.lineCode = :lineCode", "lineCode", filter.lineCode());
      result.addOfficerSql("o.line_code = ?", filter.lineCode());
    }
    if (filter.postCode() != null && !filter.postCode().isBlank()) {
      result.add("o.postCode = :postCode", "postCode", filter.postCode());
      result.addOfficerSql("o.post_code = ?", filter.postCode());
    }
    if (filter.status() != null) {
      result.add("o.status = :status", "status", filter.status());
      result.addOfficerSql("o.status = ?", filter.status().name());
    }
    if (filter.category() != null) {
      result.add("o.category = :category", "category", filter.category());
      result.addOfficerSql("o.category = ?", filter.category().name());
    }
    if (filter.serving()) {
      result.add("o.status IN :serving", "serving", OfficerStatus.active());
      result.addOfficerSql("o.status IN " + NativeSql.literals(OfficerStatus.active()));
    }
    if (filter.group() != null) {
      result.addGroup(filter.group());
    }
    if (filter.officerIds() != null) {
      // a selection: few officers, and an empty one is no one
      List<Long> ids = filter.officerIds().isEmpty() ? List.of(-1L) : filter.officerIds();
      result.add("o.id IN :officerIds", "officerIds", ids);
      result.addOfficerSql("o.id IN (" + NativeSql.idList(ids) + ")");
      result.narrowing = true;
    }
    return result;
  }

  private void addGroup(OfficerGroup group) {
    if (group.joinedBy() != null) {
      add(
          "(o.policeJoinDate IS NULL OR o.policeJoinDate <= :joinedBy)",
          "joinedBy",
          group.joinedBy());
      addOfficerSql("(o.police_join_date IS NULL OR o.police_join_date <= ?)", group.joinedBy());
    }
    if (group.bornAfter() != null) {
      add("o.birthDate > :bornAfter", "bornAfter", group.bornAfter());
      addOfficerSql("o.birth_date > ?", group.bornAfter());
    }
    if (group.bornOnOrBefore() != null) {
      add("o.birthDate <= :bornOnOrBefore", "bornOnOrBefore", group.bornOnOrBefore());
      addOfficerSql("o.birth_date <= ?", group.bornOnOrBefore());
    }
    if (!group.educations().isEmpty()) {
      add("o.education IN :educations", "educations", group.educations());
      addOfficerSql("o.education IN " + NativeSql.literals(group.educations()));
    }
    if (group.rankCode() != null && !group.rankCode().isBlank()) {
      add("o.rankCode = :rankCode", "rankCode", group.rankCode());
      addOfficerSql("o.rank_code = ?", group.rankCode());
    }
    if (group.gradeCode() != null && !group.gradeCode().isBlank()) {
      add("o.gradeCode = :gradeCode", "gradeCode", group.gradeCode());
      addOfficerSql("o.grade_code = ?", group.gradeCode());
    }
  }

  private void add(String condition, String parameter, Object value) {
    conditions.add(condition);
    parameters.put(parameter, value);
  }

  private void addUnitSql(String condition, Object value) {
    unitSql.add(condition);
    unitValues.add(value);
  }

  private void addOfficerSql(String condition, Object... values) {
    officerSql.add(condition);
    officerValues.addAll(java.util.Arrays.asList(values));
  }

  /** A condition with its constants written in, no parameter. */
  private void addOfficerSql(String condition) {
    officerSql.add(condition);
  }

  String where() {
    return " WHERE " + String.join(" AND ", conditions);
  }

  Map<String, Object> parameters() {
    return Map.copyOf(parameters);
  }

  <Q extends Query> Q bind(Q query) {
    parameters.forEach(query::setParameter);
    return query;
  }

  /**
   * Whether a filter is likely to pick out few officers: a unit, or a name typed (a police number
   * prefix has an index of its own). Then the database should collect them unit by unit rather than
   * walk the whole list in order looking for them.
   */
  boolean narrowing() {
    return narrowing;
  }

  /** The conditions on the unit in SQL, joined by AND, parameters numbered from 1. */
  String unitSql() {
    return numbered(unitSql, 1);
  }

  /** The conditions on the officer in SQL, each after AND, numbered after the unit's. */
  String officerSql() {
    String sql = numbered(officerSql, unitValues.size() + 1);
    String mark = markSql == null ? "" : " AND (" + markSql + ")";
    return (sql.isEmpty() ? "" : " AND " + sql) + mark;
  }

  boolean hasMark() {
    return markSql != null;
  }

  /** The values of {@link #unitSql()} and {@link #officerSql()}, in their order. */
  List<Object> sqlValues() {
    var values = new ArrayList<>(unitValues);
    values.addAll(officerValues);
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
