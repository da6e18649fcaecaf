package org.constable.security;

import java.util.Optional;
import java.util.Set;

/**
 * 三员分立: the system administrator, the security administrator and the audit administrator are three
 * accounts, never one, so that whoever acts is not whoever grants or audits; the audit and the
 * security administrators hold no other duty (their own record aside); and no account changes its
 * own roles or scope.
 */
public final class SeparationOfDuties {

  static final String AUDITOR_ALONE = "account.auditorAlone";
  static final String SECADMIN_ALONE = "account.secadminAlone";
  static final String ONE_ADMINISTRATOR = "account.oneAdministrator";

  private SeparationOfDuties() {}

  /** The message key of the rule the roles break, if any. */
  public static Optional<String> violation(Set<Role> roles) {
    if (roles.stream().filter(Role::isAdministrator).count() > 1) {
      return Optional.of(ONE_ADMINISTRATOR);
    }
    if (withOtherDuty(roles, Role.AUDITOR)) {
      return Optional.of(AUDITOR_ALONE);
    }
    if (withOtherDuty(roles, Role.SECADMIN)) {
      return Optional.of(SECADMIN_ALONE);
    }
    return Optional.empty();
  }

  /** The auditor and the security administrator grant or audit what the others do: nothing else. */
  private static boolean withOtherDuty(Set<Role> roles, Role alone) {
    return roles.contains(alone) && roles.stream().anyMatch(r -> r != alone && r != Role.OFFICER);
  }
}
