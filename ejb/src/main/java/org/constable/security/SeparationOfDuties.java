package org.constable.security;

import java.util.Optional;
import java.util.Set;

/**
 * 三员分立: the audit administrator holds no other duty (an officer's own record aside), so that no one
 * both acts and audits the acts; and no account changes its own roles or scope.
 */
public final class SeparationOfDuties {

  static final String AUDITOR_ALONE = "account.auditorAlone";

  private SeparationOfDuties() {}

  /** The message key of the rule the roles break, if any. */
  public static Optional<String> violation(Set<Role> roles) {
    if (roles.contains(Role.AUDITOR)
        && roles.stream().anyMatch(r -> r != Role.AUDITOR && r != Role.OFFICER)) {
      return Optional.of(AUDITOR_ALONE);
    }
    return Optional.empty();
  }
}
