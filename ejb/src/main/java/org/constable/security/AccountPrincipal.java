package org.constable.security;

import java.io.Serializable;
import java.util.Set;

/**
 * Who is logged in: kept in the (replicated) session, so small and serializable. The unit path is
 * the account's data scope (unitId and unitPath are those of the scope unit): its officer's unit
 * and everything beneath it.
 */
public record AccountPrincipal(
    long accountId,
    long officerId,
    String policeNumber,
    String name,
    String unitNameZh,
    String unitNameEn,
    long unitId,
    String unitPath,
    Set<Role> roles,
    Set<String> permissions,
    String locale,
    boolean mustChangePassword,
    long sessionEpoch)
    implements Serializable {

  public AccountPrincipal {
    roles = Set.copyOf(roles);
    permissions = Set.copyOf(permissions);
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  public boolean can(String permission) {
    return permissions.contains(permission);
  }

  public String unitName(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? unitNameZh : unitNameEn;
  }

  @Override
  public String toString() {
    return policeNumber;
  }
}
