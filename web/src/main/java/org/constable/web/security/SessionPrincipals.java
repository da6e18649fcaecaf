package org.constable.web.security;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.support.DefaultSubjectContext;
import org.constable.security.AccountPrincipal;

/** Replaces the principal kept in the session once the account it describes has changed. */
public final class SessionPrincipals {

  private SessionPrincipals() {}

  public static void replace(AccountPrincipal principal) {
    SecurityUtils.getSubject()
        .getSession()
        .setAttribute(
            DefaultSubjectContext.PRINCIPALS_SESSION_KEY,
            new SimplePrincipalCollection(principal, ConstableRealm.NAME));
  }
}
