package org.constable.education;

/** The judicial exam award: raised on the pass, approved by HR, paid. */
public enum AwardState {
  RAISED,
  APPROVED,
  PAID
}
