package org.constable.audit;

/** How the attempt ended: done, failed (bad password, refused file), or refused by a rule. */
public enum SecurityOutcome {
  SUCCESS,
  FAILURE,
  DENIED
}
