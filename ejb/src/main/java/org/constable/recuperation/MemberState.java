package org.constable.recuperation;

/** Where a member of a group stands. */
public enum MemberState {
  /** Chosen; not yet gone. */
  SELECTED,
  /** Went: its stay is a leave record. */
  ATTENDED,
  /** Did not go, with the reason. */
  DECLINED
}
