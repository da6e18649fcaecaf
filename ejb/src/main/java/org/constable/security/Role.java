package org.constable.security;

/** The roles of DESIGN.md; an account may hold several. */
public enum Role {
  ADMIN,
  HR,
  TRAINER,
  LEADER,
  OFFICER,
  /** The audit administrator (三员分立): reads and exports the audit logs, nothing else. */
  AUDITOR
}
