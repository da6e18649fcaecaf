package org.constable.personnel;

/**
 * Minimum police strength of a police station (attachment 1): every station at least 6 officers, an
 * urban station at least 20, a town station at least 10. Only active police officers count.
 */
public final class StationStaffingRule {

  public static final String MINIMUM_NOT_POSITIVE = "personnel.stationStaffing.minimumNotPositive";
  public static final String NEGATIVE_OFFICERS = "personnel.stationStaffing.negativeOfficers";

  private final int anyStation;
  private final int urbanStation;
  private final int townStation;

  public StationStaffingRule(int anyStation, int urbanStation, int townStation) {
    for (int minimum : new int[] {anyStation, urbanStation, townStation}) {
      if (minimum < 1) {
        throw new InvalidValueException(MINIMUM_NOT_POSITIVE, minimum);
      }
    }
    this.anyStation = anyStation;
    this.urbanStation = urbanStation;
    this.townStation = townStation;
  }

  public static StationStaffingRule defaults() {
    return new StationStaffingRule(6, 20, 10);
  }

  /** The minimum for a unit of that kind; 0 for a unit that is not a police station. */
  public int minimumFor(UnitKind kind) {
    return switch (kind) {
      // The general floor holds even if an administrator sets a specific minimum below it.
      case STATION_URBAN -> Math.max(anyStation, urbanStation);
      case STATION_TOWN -> Math.max(anyStation, townStation);
      case STATION_RURAL -> anyStation;
      default -> 0;
    };
  }

  public boolean isShort(UnitKind kind, long officers) {
    if (officers < 0) {
      throw new InvalidValueException(NEGATIVE_OFFICERS, officers);
    }
    return officers < minimumFor(kind);
  }
}
