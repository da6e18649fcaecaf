package org.constable.reporting;

import java.io.Serializable;
import java.util.List;

/** Every police station of the unit against its minimum staffing, and those that fall short. */
public record StationStaffing(List<StationRow> stations, List<StationRow> belowMinimum)
    implements Serializable {

  public StationStaffing {
    stations = List.copyOf(stations);
    belowMinimum = List.copyOf(belowMinimum);
  }

  static StationStaffing of(List<StationRow> stations) {
    return new StationStaffing(
        stations, stations.stream().filter(StationRow::belowMinimum).toList());
  }
}
