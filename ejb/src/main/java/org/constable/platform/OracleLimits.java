package org.constable.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Where Oracle draws a line that H2 does not (docs/oracle.md). The code keeps to these numbers, and
 * tests check that no constant that feeds them is raised past them.
 */
public final class OracleLimits {

  /**
   * Oracle takes at most 1,000 expressions in an IN list (ORA-01795), and EclipseLink does not
   * split a longer one: a query with {@code IN :list} binds at most this many values.
   */
  public static final int IN_LIST = 1000;

  /**
   * How long a pessimistic lock waits for another transaction's, in milliseconds. Oracle waits
   * without limit where H2 gives up; EclipseLink sends the JPA lock timeout as {@code FOR UPDATE
   * WAIT n}.
   */
  public static final int LOCK_WAIT_MILLIS = 5_000;

  /**
   * How long a starting node waits, in seconds, for another node that holds the start-up lock
   * (loading the demo data, creating the first administrator): long, but not without end.
   */
  public static final int STARTUP_LOCK_WAIT_SECONDS = 600;

  private OracleLimits() {}

  /** The hint of a pessimistic {@code find} or query: {@link #LOCK_WAIT_MILLIS}. */
  public static Map<String, Object> lockTimeout() {
    return Map.of("jakarta.persistence.lock.timeout", LOCK_WAIT_MILLIS);
  }

  /** {@code FOR UPDATE} with {@link #STARTUP_LOCK_WAIT_SECONDS}, for native start-up queries. */
  public static String forUpdateAtStartUp() {
    return " FOR UPDATE WAIT " + STARTUP_LOCK_WAIT_SECONDS;
  }

  /** The items in runs of {@code size}, in order (the last may be shorter). */
  public static <T> List<List<T>> chunks(Collection<T> items, int size) {
    List<T> all = List.copyOf(items);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += size) {
      chunks.add(all.subList(from, Math.min(all.size(), from + size)));
    }
    return chunks;
  }

  /** The items in runs that one {@code IN} list can bind: {@link #IN_LIST}. */
  public static <T> List<List<T>> inLists(Collection<T> items) {
    return chunks(items, IN_LIST);
  }
}
