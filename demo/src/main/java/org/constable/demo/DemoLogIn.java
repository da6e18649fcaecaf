package org.constable.demo;

import java.util.Set;
import org.constable.security.Role;

/** A demo account as the start script and the README print it. */
public record DemoLogIn(String label, String policeNumber, Set<Role> roles, String scope) {

  /** Every demo account has this password; the embedded default is not for real data. */
  public static final String PASSWORD = "Constable-2026";
}
