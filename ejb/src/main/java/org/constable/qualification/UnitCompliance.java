package org.constable.qualification;

import java.io.Serializable;
import java.util.List;
import org.constable.personnel.UnitRow;

/**
 * A requirement in one unit: the way down from the caller's scope ({@code trail}, ending with the
 * unit), the unit's total, and one row per unit directly beneath it (and one for the officers
 * placed in the unit itself) that has anyone subject to it.
 */
public record UnitCompliance(
    RequirementView requirement, List<UnitRow> trail, ComplianceFigure total, List<Row> rows)
    implements Serializable {

  public UnitCompliance {
    trail = List.copyOf(trail);
    rows = List.copyOf(rows);
  }

  public UnitRow unit() {
    return trail.get(trail.size() - 1);
  }

  /** {@code own}: the officers placed in the unit itself, not beneath it. */
  public record Row(UnitRow unit, boolean own, ComplianceFigure figure) implements Serializable {}
}
