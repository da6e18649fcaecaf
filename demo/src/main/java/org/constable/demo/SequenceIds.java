package org.constable.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Ids for rows a demo writes with plain JDBC, from the entities' own sequence: EclipseLink
 * allocates 50 at a time, so one sequence value V stands for the ids V - 49 to V and blocks taken
 * here never overlap those the application takes.
 */
public final class SequenceIds {

  private static final int BLOCK = 50;

  private final Connection connection;
  private final String sequence;
  private long next;
  private long last = -1;

  public SequenceIds(Connection connection, String sequence) {
    this.connection = connection;
    this.sequence = sequence;
  }

  public long next() throws SQLException {
    if (next > last) {
      try (PreparedStatement query =
              connection.prepareStatement("SELECT " + sequence + ".NEXTVAL FROM dual");
          ResultSet row = query.executeQuery()) {
        row.next();
        last = row.getLong(1);
        next = last - (BLOCK - 1);
      }
    }
    return next++;
  }

  /** The first column of the first row of a query, or -1 when it finds none. */
  public static long firstId(Connection connection, String sql) {
    try (PreparedStatement query = connection.prepareStatement(sql);
        ResultSet row = query.executeQuery()) {
      return row.next() ? row.getLong(1) : -1;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
