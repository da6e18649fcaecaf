package org.constable.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.constable.platform.AccessDeniedException;

/**
 * The caller of a service, as the Shiro filter bound it to this thread (pages and REST alike). A
 * thread without a logged-in subject, such as a timer's, is nobody and may do nothing that needs a
 * permission.
 */
@ApplicationScoped
public class CurrentUser {

  public Optional<AccountPrincipal> principal() {
    try {
      Subject subject = SecurityUtils.getSubject();
      if (subject.isAuthenticated() && subject.getPrincipal() instanceof AccountPrincipal p) {
        return Optional.of(p);
      }
    } catch (UnavailableSecurityManagerException e) {
      // no security manager on this thread (start-up, timers): nobody is logged in
    }
    return Optional.empty();
  }

  public AccountPrincipal require() {
    return principal().orElseThrow(AccessDeniedException::new);
  }

  public AccountPrincipal require(String permission) {
    AccountPrincipal principal = require();
    if (!principal.can(permission)) {
      throw new AccessDeniedException();
    }
    return principal;
  }

  public boolean can(String permission) {
    return principal().map(p -> p.can(permission)).orElse(false);
  }

  /** The data scope of the caller: its scope unit and everything beneath it. */
  public DataScope scope() {
    return DataScope.of(require());
  }

  public String policeNumberOrNull() {
    return principal().map(AccountPrincipal::policeNumber).orElse(null);
  }
}
