package org.constable.policy;

/** Keys of the policy parameters, as seeded by the migrations. */
public final class PolicyKeys {

  public static final String LOGIN_MAX_FAILURES = "security.login.maxFailures";
  public static final String LOGIN_FAILURE_WINDOW_MINUTES = "security.login.failureWindowMinutes";
  public static final String LOGIN_LOCK_MINUTES = "security.login.lockMinutes";
  public static final String LOGIN_ADDRESS_MAX_FAILURES = "security.login.addressMaxFailures";
  public static final String AUDIT_RETENTION_MONTHS = "security.audit.retentionMonths";
  public static final String SESSION_IDLE_MINUTES = "security.session.idleMinutes";
  public static final String SESSION_ABSOLUTE_HOURS = "security.session.absoluteHours";

  /** Followed by a role's name: whether that role must sign in with a second factor. */
  public static final String TWO_FACTOR_PREFIX = "security.twoFactor.";

  public static final String PASSWORD_MIN_LENGTH = "security.password.minLength";
  public static final String PASSWORD_MAX_AGE_DAYS = "security.password.maxAgeDays";

  private PolicyKeys() {}
}
