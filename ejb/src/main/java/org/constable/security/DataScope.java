package org.constable.security;

import org.constable.personnel.OrgUnit;
import org.constable.platform.AccessDeniedException;

/**
 * The units a caller may see and change: its scope unit and everything beneath it. Queries filter
 * with {@link #jpqlCondition(String)} and bind {@link #PARAMETER} to {@link #pathPattern()}.
 */
public record DataScope(String unitPath) {

  public static final String PARAMETER = "scopePath";

  public static DataScope of(AccountPrincipal principal) {
    return new DataScope(principal.unitPath());
  }

  public boolean covers(OrgUnit unit) {
    return unit != null && unit.getPath().startsWith(unitPath);
  }

  public void requireCovers(OrgUnit unit) {
    if (!covers(unit)) {
      throw new AccessDeniedException();
    }
  }

  /** A JPQL condition on the unit alias, e.g. {@code jpqlCondition("o.unit")}. */
  public String jpqlCondition(String unitAlias) {
    return unitAlias + ".path LIKE :" + PARAMETER;
  }

  public String pathPattern() {
    return unitPath + "%";
  }
}
