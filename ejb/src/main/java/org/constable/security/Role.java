package org.constable.security;

/** The roles of DESIGN.md; an account may hold several. */
public enum Role {
  ADMIN,
  HR,
  TRAINER,
  LEADER,
  OFFICER,
  /** The audit administrator (三员分立): reads and exports the audit logs, nothing else. */
  AUDITOR,
  /**
   * The security administrator (三员分立): grants roles and scopes, resets the second factor, keeps the
   * security policy; reads no personnel data.
   */
  SECADMIN,
  /**
   * The health administrator (健康管理员), held beside HR: reads named health data and records and
   * imports health checks, within its scope.
   */
  HEALTH;

  /** The three administrators of 三员分立, of which an account holds at most one. */
  public boolean isAdministrator() {
    return this == ADMIN || this == SECADMIN || this == AUDITOR;
  }
}
