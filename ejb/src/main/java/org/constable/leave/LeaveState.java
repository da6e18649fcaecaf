package org.constable.leave;

/** Where a leave stands: asked for, decided by the unit leader, or taken back by the officer. */
public enum LeaveState {
  REQUESTED,
  APPROVED,
  DECLINED,
  WITHDRAWN;

  /** Whether the days are held: taken when approved, reserved while asked for. */
  public boolean holdsDays() {
    return this == REQUESTED || this == APPROVED;
  }
}
