package org.constable.personnel;

public enum OfficerStatus {
  /** 在岗. */
  ON_DUTY,
  /** 离岗培训. */
  OFF_POST_TRAINING,
  /** 病休. */
  SICK_LEAVE,
  /** 退休. */
  RETIRED,
  /** 调出. */
  TRANSFERRED_OUT;

  /** Still on the force's strength: counted in workforce figures and staffing. */
  public boolean isActive() {
    return this == ON_DUTY || this == OFF_POST_TRAINING || this == SICK_LEAVE;
  }

  /** The active statuses, for queries ({@code o.status IN :active}). */
  public static java.util.List<OfficerStatus> active() {
    return java.util.Arrays.stream(values()).filter(OfficerStatus::isActive).toList();
  }
}
