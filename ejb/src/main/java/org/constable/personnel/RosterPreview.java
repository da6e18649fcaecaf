package org.constable.personnel;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a roster would do, checked but not saved: how many officers it adds, updates and leaves as
 * they are, and for the updated ones the fields that change (the first {@link #SHOWN} officers).
 *
 * @param units the units that the changes name, by code, to show by name
 */
public record RosterPreview(
    int created, int updated, int unchanged, List<RowChange> changes, Map<String, UnitRow> units)
    implements Serializable {

  public static final int SHOWN = 500;

  /** One field that a row changes, before and after, as codes and ISO dates. */
  public record FieldChange(String field, String before, String after) implements Serializable {}

  /** The changes a row makes to an officer on the register. */
  public record RowChange(int rowNumber, String policeNumber, String name, List<FieldChange> fields)
      implements Serializable {}

  public RosterPreview {
    changes = List.copyOf(changes);
    units = Map.copyOf(units);
  }

  public int rows() {
    return created + updated + unchanged;
  }
}
