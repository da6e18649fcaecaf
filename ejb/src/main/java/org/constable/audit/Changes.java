package org.constable.audit;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The fields that differ between two snapshots of a record, each with its value before and after. A
 * snapshot is a map of field name to value; absent and null are the same.
 */
public final class Changes {

  // Json.createXxx() looks the provider up through the ServiceLoader on every call: a class-path
  // scan that made the audit of a 3,000-row import cost seconds
  private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

  private final Map<String, String[]> fields = new LinkedHashMap<>();

  private Changes() {}

  public static Changes between(Map<String, ?> before, Map<String, ?> after) {
    var changes = new Changes();
    var names = new java.util.LinkedHashSet<String>(before.keySet());
    names.addAll(after.keySet());
    for (String name : names) {
      Object old = before.get(name);
      Object now = after.get(name);
      if (!Objects.equals(compared(old), compared(now))) {
        changes.fields.put(name, new String[] {text(old), text(now)});
      }
    }
    return changes;
  }

  /** A created record: every field goes from nothing to its value. */
  public static Changes created(Map<String, ?> after) {
    return between(Map.of(), after);
  }

  /** A change that is not a field edit, such as a whole view of a masked value. */
  public static Changes none() {
    return new Changes();
  }

  public boolean isEmpty() {
    return fields.isEmpty();
  }

  public Map<String, String[]> fields() {
    return Map.copyOf(fields);
  }

  String toJson() {
    JsonObjectBuilder json = JSON.createObjectBuilder();
    fields.forEach(
        (name, values) ->
            json.add(
                name,
                JSON.createArrayBuilder()
                    .add(values[0] == null ? "" : values[0])
                    .add(values[1] == null ? "" : values[1])));
    return json.build().toString();
  }

  private static String compared(Object value) {
    return value instanceof Concealed concealed ? concealed.value() : text(value);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
