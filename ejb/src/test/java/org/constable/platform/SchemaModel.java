package org.constable.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema that a sequence of migrations leaves, as far as the dialect checks need it: each
 * table's columns with their declared types, its keys, foreign keys and indexes. Reads the subset
 * of Oracle DDL that the migrations use (CREATE TABLE, CREATE [UNIQUE] INDEX, DROP INDEX, ALTER
 * TABLE ADD / MODIFY, constraints inline in CREATE TABLE or added later); anything else it skips.
 */
final class SchemaModel {

  private static final Pattern CREATE_TABLE =
      Pattern.compile("(?is)CREATE TABLE (\\w+) \\((.*)\\)");
  private static final Pattern CREATE_INDEX =
      Pattern.compile("(?is)CREATE (UNIQUE )?INDEX (\\w+) ON (\\w+) \\(([^)]*)\\)");
  private static final Pattern DROP_INDEX = Pattern.compile("(?is)DROP INDEX (\\w+)");
  private static final Pattern ALTER_TABLE = Pattern.compile("(?is)ALTER TABLE (\\w+) (.*)");
  private static final Pattern MODIFY = Pattern.compile("(?is)MODIFY \\((\\w+) (.*)\\)");
  private static final Pattern ADD_CONSTRAINT = Pattern.compile("(?is)ADD (CONSTRAINT \\w+ .*)");
  private static final Pattern ADD_COLUMN = Pattern.compile("(?is)ADD \\((\\w+) (.*)\\)");
  private static final Pattern KEY =
      Pattern.compile("(?is)CONSTRAINT \\w+ (PRIMARY KEY|UNIQUE) \\(([^)]*)\\)");
  private static final Pattern FOREIGN_KEY =
      Pattern.compile("(?is)CONSTRAINT (\\w+) FOREIGN KEY \\(([^)]*)\\) REFERENCES .*");
  private static final Pattern BARE_VARCHAR = Pattern.compile("(?i)VARCHAR2\\s*\\(\\s*\\d+\\s*\\)");

  /** A foreign key of a table: its name and columns. */
  record ForeignKey(String table, String name, List<String> columns) {}

  private final Map<String, Map<String, String>> columns = new LinkedHashMap<>();
  private final Map<String, List<List<String>>> indexed = new LinkedHashMap<>();
  private final Map<String, String> indexTables = new LinkedHashMap<>();
  private final Map<String, List<String>> indexColumns = new LinkedHashMap<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();

  /** Applies one migration's statements. */
  SchemaModel apply(String script) {
    String sql = script.replaceAll("--[^\\n]*", "");
    for (String statement : sql.split(";")) {
      statement(statement.strip());
    }
    return this;
  }

  /** The columns whose type counts bytes: VARCHAR2(n) without CHAR. */
  List<String> byteLengthColumns() {
    List<String> found = new ArrayList<>();
    columns.forEach(
        (table, types) ->
            types.forEach(
                (column, type) -> {
                  if (BARE_VARCHAR.matcher(type).find()) {
                    found.add(table + "." + column + " " + type);
                  }
                }));
    return found.stream().sorted().toList();
  }

  /** The foreign keys whose columns lead no index, key or unique constraint of their table. */
  List<String> unindexedForeignKeys() {
    List<String> found = new ArrayList<>();
    for (ForeignKey key : foreignKeys) {
      boolean covered =
          indexed.getOrDefault(key.table(), List.of()).stream()
              .anyMatch(
                  index ->
                      index.size() >= key.columns().size()
                          && index.subList(0, key.columns().size()).equals(key.columns()));
      if (!covered) {
        found.add(key.table() + "." + key.name() + " " + key.columns());
      }
    }
    return found;
  }

  int tables() {
    return columns.size();
  }

  private void statement(String statement) {
    Matcher m;
    if ((m = CREATE_TABLE.matcher(statement)).matches()) {
      createTable(lower(m.group(1)), m.group(2));
    } else if ((m = CREATE_INDEX.matcher(statement)).matches()) {
      String name = lower(m.group(2));
      String table = lower(m.group(3));
      List<String> cols = columnList(m.group(4));
      indexTables.put(name, table);
      indexColumns.put(name, cols);
      indexed.computeIfAbsent(table, t -> new ArrayList<>()).add(cols);
    } else if ((m = DROP_INDEX.matcher(statement)).matches()) {
      String name = lower(m.group(1));
      String table = indexTables.remove(name);
      List<String> cols = indexColumns.remove(name);
      if (table != null) {
        indexed.get(table).remove(cols);
      }
    } else if ((m = ALTER_TABLE.matcher(statement)).matches()) {
      alterTable(lower(m.group(1)), m.group(2).strip());
    }
  }

  private void createTable(String table, String body) {
    Map<String, String> types = columns.computeIfAbsent(table, t -> new LinkedHashMap<>());
    for (String part : splitTopLevel(body)) {
      String item = part.strip();
      if (item.toUpperCase(Locale.ROOT).startsWith("CONSTRAINT")) {
        constraint(table, item);
      } else if (!item.isEmpty()) {
        String[] words = item.split("\\s+", 2);
        types.put(lower(words[0]), words.length > 1 ? words[1] : "");
      }
    }
  }

  private void alterTable(String table, String change) {
    Matcher m;
    if ((m = MODIFY.matcher(change)).matches()) {
      columns.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(lower(m.group(1)), m.group(2));
    } else if ((m = ADD_CONSTRAINT.matcher(change)).matches()) {
      constraint(table, m.group(1).replaceAll("\\s+", " "));
    } else if ((m = ADD_COLUMN.matcher(change)).matches()) {
      columns.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(lower(m.group(1)), m.group(2));
    }
  }

  private void constraint(String table, String text) {
    Matcher m;
    if ((m = KEY.matcher(text)).matches()) {
      indexed.computeIfAbsent(table, t -> new ArrayList<>()).add(columnList(m.group(2)));
    } else if ((m = FOREIGN_KEY.matcher(text)).matches()) {
      foreignKeys.add(new ForeignKey(table, lower(m.group(1)), columnList(m.group(2))));
    }
  }

  /** Splits at the commas that stand outside parentheses: NUMBER(19,4) stays whole. */
  private static List<String> splitTopLevel(String body) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(body.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(body.substring(start));
    return parts;
  }

  private static List<String> columnList(String text) {
    return Arrays.stream(text.split(",")).map(c -> lower(c.strip().split("\\s+")[0])).toList();
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
