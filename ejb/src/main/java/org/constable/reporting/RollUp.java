package org.constable.reporting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tallies of the officers placed in each unit, keyed by unit path, summed up the tree: a unit
 * counts its own officers and everyone beneath it. Paths end in '/', so "/1/2/" is no prefix of
 * "/1/22/".
 */
record RollUp(Map<String, Tally> byUnitPath) {

  RollUp {
    byUnitPath = Map.copyOf(byUnitPath);
  }

  static RollUp of(List<Cell> cells) {
    Map<String, Tally> byUnitPath = new HashMap<>();
    cells.forEach(cell -> byUnitPath.merge(cell.unitPath(), cell.tally(), Tally::plus));
    return new RollUp(byUnitPath);
  }

  /** The unit with this path and everything beneath it. */
  Tally beneath(String unitPath) {
    return byUnitPath.entrySet().stream()
        .filter(entry -> entry.getKey().startsWith(unitPath))
        .map(Map.Entry::getValue)
        .reduce(Tally.NONE, Tally::plus);
  }

  /** The officers placed in the unit with this path itself. */
  Tally placedIn(String unitPath) {
    return byUnitPath.getOrDefault(unitPath, Tally.NONE);
  }
}
