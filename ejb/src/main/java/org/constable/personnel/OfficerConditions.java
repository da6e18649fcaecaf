package org.constable.personnel;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.constable.platform.Like;
import org.constable.security.DataScope;

/**
 * The WHERE clause of an officer search over {@code Officer o JOIN o.unit u}, with its parameters:
 * always the caller's data scope, then each filter that is set.
 */
final class OfficerConditions {

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /**
   * @param unitPath the path of the filter's unit, already checked to lie inside the scope; null
   *     for none
   */
  static OfficerConditions of(DataScope scope, OfficerFilter filter, String unitPath) {
    var result = new OfficerConditions();
    result.add(scope.jpqlCondition("u"), DataScope.PARAMETER, scope.pathPattern());
    if (unitPath != null) {
      result.add("u.path LIKE :unitPath", "unitPath", unitPath + "%");
    }
    String text = filter.text() == null ? "" : filter.text().strip();
    if (DIGITS.matcher(text).matches()) {
      result.add("o.policeNumber LIKE :policeNumber", "policeNumber", text + "%");
    } else if (!text.isEmpty()) {
      result.add("o.name LIKE :name" + Like.ESCAPE, "name", Like.contains(text));
    }
    if (filter.lineCode() != null && !filter.lineCode().isBlank()) {
      result.add("o.lineCode = :lineCode", "lineCode", filter.lineCode());
    }
    if (filter.postCode() != null && !filter.postCode().isBlank()) {
      result.add("o.postCode = :postCode", "postCode", filter.postCode());
    }
    if (filter.status() != null) {
      result.add("o.status = :status", "status", filter.status());
    }
    if (filter.category() != null) {
      result.add("o.category = :category", "category", filter.category());
    }
    return result;
  }

  private void add(String condition, String parameter, Object value) {
    conditions.add(condition);
    parameters.put(parameter, value);
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
}
