package org.constable.health;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** One chronic condition over an officer's check years: in which of them a check found it. */
public record ConditionTrend(String condition, Set<Integer> presentIn, List<Integer> years)
    implements Serializable {

  public ConditionTrend {
    presentIn = Set.copyOf(presentIn);
    years = List.copyOf(years);
  }

  public boolean presentIn(int year) {
    return presentIn.contains(year);
  }

  /** Found in the latest check year. */
  public boolean current() {
    return !years.isEmpty() && presentIn.contains(years.get(years.size() - 1));
  }
}
