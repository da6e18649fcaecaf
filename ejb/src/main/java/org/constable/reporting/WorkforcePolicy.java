package org.constable.reporting;

/** Keys of the policy parameters the workforce figures are measured against (V3 migration). */
public final class WorkforcePolicy {

  public static final String FRONT_LINE_TARGET_PERCENT = "workforce.frontLineTargetPercent";
  public static final String STATION_MINIMUM = "workforce.station.minimum";
  public static final String STATION_MINIMUM_URBAN = "workforce.station.minimumUrban";
  public static final String STATION_MINIMUM_TOWN = "workforce.station.minimumTown";

  private WorkforcePolicy() {}
}
