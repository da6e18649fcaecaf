package org.constable.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Argon2id hashes (Shiro 2's default password service); plain passwords are never stored. */
@ApplicationScoped
public class PasswordHasher {

  private final PasswordService passwords = new DefaultPasswordService();
  private volatile String decoy;

  public String hash(String plain) {
    return passwords.encryptPassword(plain);
  }

  public boolean matches(String plain, String hash) {
    return passwords.passwordsMatch(plain, hash);
  }

  /** Costs what a real check costs and always fails: for names that have no account. */
  public boolean matchesNothing(String plain) {
    if (decoy == null) {
      decoy = hash(java.util.UUID.randomUUID().toString());
    }
    passwords.passwordsMatch(plain, decoy);
    return false;
  }
}
