package org.constable.web.security;

import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.pam.ModularRealmAuthenticator;
import org.apache.shiro.realm.Realm;

/**
 * Asks the one realm that takes the token (the password realm or the API token realm) and lets its
 * refusal through as it is: with more than one realm configured, Shiro would otherwise fold a
 * lock-out or a disabled account into one generic failure, and the log-in page could not say which.
 */
public class SupportingRealmAuthenticator extends ModularRealmAuthenticator {

  @Override
  protected AuthenticationInfo doAuthenticate(AuthenticationToken token)
      throws AuthenticationException {
    assertRealmsConfigured();
    Realm supporting = null;
    for (Realm realm : getRealms()) {
      if (realm.supports(token)) {
        if (supporting != null) {
          return super.doAuthenticate(token);
        }
        supporting = realm;
      }
    }
    if (supporting == null) {
      return super.doAuthenticate(token);
    }
    return doSingleRealmAuthentication(supporting, token);
  }
}
