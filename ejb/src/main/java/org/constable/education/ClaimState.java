package org.constable.education;

/** A reimbursement claim: filed by the officer, decided by HR, closed when paid. */
public enum ClaimState {
  FILED,
  APPROVED,
  REJECTED,
  PAID;

  /** Whether the claim still counts against a new one for the same enrolment. */
  public boolean standing() {
    return this != REJECTED;
  }
}
