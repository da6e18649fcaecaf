package org.constable.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A native query written piece by piece, each value bound as a numbered parameter in the order it
 * appears. Native because EclipseLink's JPQL binds the literals of {@code SUM(CASE WHEN .. THEN 1
 * ELSE 0 END)} and {@code TRUE} as untyped parameters, which H2 will neither sum nor compare with a
 * NUMBER(1) column; the SQL here is what Oracle and H2 in Oracle mode both accept.
 */
public final class NativeSql {

  private final StringBuilder text = new StringBuilder();
  private final List<Object> values = new ArrayList<>();

  public NativeSql sql(String fragment) {
    text.append(fragment);
    return this;
  }

  public NativeSql value(Object value) {
    values.add(value instanceof LocalDate day ? Date.valueOf(day) : value);
    text.append('?').append(values.size());
    return this;
  }

  /**
   * A list of enum names as SQL literals, e.g. {@code ('ON_DUTY', 'SICK_LEAVE')}: constants only.
   */
  public static String literals(List<? extends Enum<?>> constants) {
    return constants.stream()
        .map(constant -> "'" + constant.name() + "'")
        .collect(Collectors.joining(", ", "(", ")"));
  }

  @SuppressWarnings("unchecked")
  public List<Object[]> rows(EntityManager em) {
    return query(em).getResultList();
  }

  /** The values of a query of one column (JPA returns those bare, not as one-element rows). */
  @SuppressWarnings("unchecked")
  public List<Object> column(EntityManager em) {
    return query(em).getResultList();
  }

  /** The ids a query of one id column returns, in its order. */
  public List<Long> ids(EntityManager em) {
    return column(em).stream().map(NativeSql::number).toList();
  }

  /**
   * Cuts the ordered query to one page, in the statement: the caller bounds {@code first} and
   * {@code size}, written as numbers.
   */
  public NativeSql page(int first, int size) {
    return sql(" OFFSET " + first + " ROWS FETCH NEXT " + size + " ROWS ONLY");
  }

  /** The one number a query such as {@code SELECT COUNT(*) …} returns. */
  public long count(EntityManager em) {
    return number(query(em).getSingleResult());
  }

  private Query query(EntityManager em) {
    Query query = em.createNativeQuery(text.toString());
    for (int i = 0; i < values.size(); i++) {
      query.setParameter(i + 1, values.get(i));
    }
    return query;
  }

  /**
   * Ids written into a statement as {@code 1, 2, 3} (a native query binds no lists): numbers only,
   * at most {@link OracleLimits#IN_LIST} of them.
   */
  public static String idList(java.util.Collection<Long> ids) {
    if (ids.size() > OracleLimits.IN_LIST) {
      throw new IllegalArgumentException("more ids than one IN list holds: " + ids.size());
    }
    return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** A row's number as a long: SUM over no rows is null, and each database picks its own type. */
  public static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** A row's date: H2 and Oracle return DATE columns as {@code java.sql.Date} or Timestamp. */
  public static java.time.LocalDate date(Object value) {
    java.time.LocalDateTime at = dateTime(value);
    return at == null ? null : at.toLocalDate();
  }

  /** A row's TIMESTAMP (or DATE) as a local date-time. */
  public static java.time.LocalDateTime dateTime(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime();
    }
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate().atStartOfDay();
    }
    if (value instanceof java.time.LocalDate d) {
      return d.atStartOfDay();
    }
    return (java.time.LocalDateTime) value;
  }

  @Override
  public String toString() {
    return text + " " + Arrays.toString(values.toArray());
  }
}
