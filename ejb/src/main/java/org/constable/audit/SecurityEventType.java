package org.constable.audit;

/** What a security event records (MLPS 安全审计); the audit page names each through the bundle. */
public enum SecurityEventType {
  LOGIN,
  LOCKOUT,
  LOGOUT,
  SESSION_EXPIRED,
  ACCESS_DENIED,
  PASSWORD_CHANGED,
  PASSWORD_RESET,
  ACCOUNT_CREATED,
  ACCOUNT_ENABLED,
  ACCOUNT_DISABLED,
  ROLES_CHANGED,
  SCOPE_CHANGED,
  IMPORT,
  EXPORT,
  SENSITIVE_READ,
  REGISTERED_ELSEWHERE,
  CHAIN_CHECKED
}
