package org.constable.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Drops the unique indexes that H2 leaves behind. H2 (2.2, Oracle mode) rebuilds a table's unique
 * constraints on every ALTER TABLE … ADD or MODIFY and keeps the old index as an ordinary one:
 * after the migrations the officer table held eight unique indexes on its police number and eight
 * on its ID number, each maintained on every insert. Only the index that a constraint owns stays.
 * Oracle keeps none of these, so this runs on H2 only.
 */
final class H2StrayIndexes {

  private static final Logger LOG = Logger.getLogger(H2StrayIndexes.class.getName());

  // the names H2 gives a constraint's index: the constraint's name, _INDEX_ and a suffix
  private static final String STRAY =
      "SELECT i.index_name FROM information_schema.indexes i"
          + " WHERE i.table_schema = SCHEMA() AND i.index_type_name = 'UNIQUE INDEX'"
          + " AND i.is_generated = FALSE AND i.index_name LIKE '%\\_INDEX\\_%' ESCAPE '\\'"
          + " AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c"
          + " WHERE c.index_schema = i.table_schema AND c.index_name = i.index_name)";

  private H2StrayIndexes() {}

  static void drop(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
        return;
      }
      List<String> stray = new ArrayList<>();
      try (var statement = connection.createStatement();
          var rows = statement.executeQuery(STRAY)) {
        while (rows.next()) {
          stray.add(rows.getString(1));
        }
      }
      for (String index : stray) {
        try (var statement = connection.createStatement()) {
          statement.execute("DROP INDEX \"" + index.replace("\"", "") + "\"");
        }
      }
      if (!stray.isEmpty()) {
        LOG.info("Dropped " + stray.size() + " unique indexes that H2 left behind: " + stray);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop the indexes H2 left behind", e);
    }
  }
}
