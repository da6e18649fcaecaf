package org.constable.training;

public enum RetrainingStatus {
  /** On the retraining list. */
  DUE,
  PASSED,
  /** Failed the retraining: off-post training. */
  FAILED
}
