package org.constable.security;

/** Permission codes, as stored in {@code app_permission}: {@code capability:action}. */
public final class Permissions {

  /** Sees the account list: both the system and the security administrator. */
  public static final String ACCOUNT_READ = "account:read";

  public static final String ACCOUNT_MANAGE = "account:manage";

  /** Grants roles and data scopes and resets the second factor: the security administrator's. */
  public static final String ACCOUNT_GRANT = "account:grant";

  /** Changes the security.* parameters: the security administrator's. */
  public static final String SECURITY_POLICY = "security:policy";

  /** Sees the parameters: both the system and the security administrator. */
  public static final String POLICY_READ = "policy:read";

  public static final String POLICY_MANAGE = "policy:manage";
  public static final String AUDIT_READ = "audit:read";
  public static final String AUDIT_SECURITY = "audit:security";
  public static final String REFERENCE_MANAGE = "reference:manage";
  public static final String PERSONNEL_READ = "personnel:read";
  public static final String PERSONNEL_WRITE = "personnel:write";
  public static final String ORGUNIT_WRITE = "orgunit:write";
  public static final String WORKFORCE_READ = "workforce:read";
  public static final String TRAINING_TEACH = "training:teach";
  public static final String TRAINING_MANAGE = "training:manage";
  public static final String QUALIFICATION_MANAGE = "qualification:manage";
  public static final String QUALIFICATION_DEFINE = "qualification:define";
  public static final String EDUCATION_MANAGE = "education:manage";

  /** Files its own degree enrolments and tuition claims: the officer's. */
  public static final String EDUCATION_CLAIM = "education:claim";

  public static final String LEAVE_MANAGE = "leave:manage";

  /** Approves or declines the annual leave its unit's officers ask for: the unit leader's. */
  public static final String LEAVE_APPROVE = "leave:approve";

  /** Asks for its own annual leave: the officer's. */
  public static final String LEAVE_REQUEST = "leave:request";

  /** Reads named health data (an officer's archive, named lists, exports): the HEALTH role's. */
  public static final String HEALTH_READ = "health:read";

  /** Records and imports health checks: the HEALTH role's. */
  public static final String HEALTH_MANAGE = "health:manage";

  public static final String EVALUATION_EVALUATE = "evaluation:evaluate";
  public static final String SELF_READ = "self:read";

  private Permissions() {}
}
