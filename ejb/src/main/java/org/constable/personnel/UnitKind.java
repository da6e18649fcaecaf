package org.constable.personnel;

public enum UnitKind {
  CITY_BUREAU,
  COUNTY_BUREAU,
  DEPARTMENT,
  BRIGADE,
  STATION_URBAN,
  STATION_TOWN,
  STATION_RURAL;

  /** 派出所. */
  public boolean isPoliceStation() {
    return this == STATION_URBAN || this == STATION_TOWN || this == STATION_RURAL;
  }
}
