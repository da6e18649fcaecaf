package org.constable.security;

import java.io.Serializable;
import java.util.Set;

/** An account as the administration page lists it. */
public record AccountView(
    long id,
    String policeNumber,
    String name,
    String unitNameZh,
    String unitNameEn,
    long scopeUnitId,
    String scopeUnitNameZh,
    String scopeUnitNameEn,
    Set<Role> roles,
    boolean enabled,
    boolean mustChangePassword,
    String email,
    boolean twoFactor,
    long version)
    implements Serializable {

  static AccountView of(Account a) {
    var officer = a.getOfficer();
    return new AccountView(
        a.getId(),
        officer.getPoliceNumber(),
        officer.getName(),
        officer.getUnit().getLabelZh(),
        officer.getUnit().getLabelEn(),
        a.getScopeUnit().getId(),
        a.getScopeUnit().getNameZh(),
        a.getScopeUnit().getNameEn(),
        a.getRoles(),
        a.isEnabled(),
        a.isMustChangePassword(),
        a.getEmail(),
        a.getTotpSecret() != null,
        a.getVersion());
  }
}
