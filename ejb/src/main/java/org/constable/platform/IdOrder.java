package org.constable.platform;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A list page read in two steps, its ids first (the walk of an index) and then its rows by id: the
 * rows put back in the order of the ids. A row deleted between the two reads is left out.
 */
public final class IdOrder {

  private IdOrder() {}

  public static <T> List<T> of(List<Long> ids, Collection<T> rows, Function<T, Long> idOf) {
    Map<Long, T> byId = rows.stream().collect(Collectors.toMap(idOf, row -> row));
    return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
  }
}
