package org.constable.health;

import java.io.Serializable;
import java.util.List;

/** One page of a named drill-down and the count of all its rows. */
public record NamedPage(List<NamedRow> rows, long total) implements Serializable {

  public NamedPage {
    rows = List.copyOf(rows);
  }
}
