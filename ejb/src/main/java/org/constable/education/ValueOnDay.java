package org.constable.education;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What an attribute of an officer was on a day, from its dated history: the new value of the last
 * change on or before the day, else the old value of the first change after it, else the current.
 */
public final class ValueOnDay {

  /** One dated change. */
  public record Change(LocalDate effective, String oldValue, String newValue) {}

  private ValueOnDay() {}

  public static String of(String current, List<Change> changes, LocalDate day) {
    List<Change> sorted = changes.stream().sorted(Comparator.comparing(Change::effective)).toList();
    String value = null;
    boolean found = false;
    for (Change c : sorted) {
      if (!c.effective().isAfter(day)) {
        value = c.newValue();
        found = true;
      } else {
        return found ? value : c.oldValue();
      }
    }
    return found ? value : current;
  }
}
