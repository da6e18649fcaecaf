package org.constable.security;

import org.constable.platform.OutOfScopeException;

/**
 * The units a caller may see and change: its scope unit and everything beneath it, as a
 * materialised unit path ({@code /1/5/23/}). Queries filter with {@link #jpqlCondition(String)} and
 * bind {@link #PARAMETER} to {@link #pathPattern()}; a service checks one record with {@link
 * #requireCovers(String)} on the path of the record's unit.
 */
public record DataScope(String unitPath) {

  public static final String PARAMETER = "scopePath";

  public static DataScope of(AccountPrincipal principal) {
    return new DataScope(principal.unitPath());
  }

  /** Whether a unit with this path lies inside the scope. */
  public boolean covers(String path) {
    return path != null && path.startsWith(unitPath);
  }

  /** Refuses a record beyond the scope as one that does not exist ({@link OutOfScopeException}). */
  public void requireCovers(String path) {
    if (!covers(path)) {
      throw new OutOfScopeException();
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
