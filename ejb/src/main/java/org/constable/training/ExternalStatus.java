package org.constable.training;

/** Where a record of training done elsewhere stands: only an approved one credits the quota. */
public enum ExternalStatus {
  PENDING,
  APPROVED,
  REJECTED
}
