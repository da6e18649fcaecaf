package org.constable.web.security;

import jakarta.enterprise.inject.spi.CDI;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.DisabledAccountException;
import org.apache.shiro.authc.ExcessiveAttemptsException;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.LockedAccountException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.constable.security.AccountPrincipal;
import org.constable.security.AuthenticationService;

/**
 * Delegates the password check, the lock-out and the loading of roles to {@link
 * AuthenticationService}; Shiro only carries the result.
 */
public class ConstableRealm extends AuthorizingRealm {

  public static final String NAME = "constable";

  public ConstableRealm() {
    setName(NAME);
    // the service has checked the password already
    setCredentialsMatcher(new AllowAllCredentialsMatcher());
    setAuthorizationCachingEnabled(false);
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof UsernamePasswordToken;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token)
      throws AuthenticationException {
    var credentials = (UsernamePasswordToken) token;
    String password =
        credentials.getPassword() == null ? null : new String(credentials.getPassword());
    var result =
        CDI.current()
            .select(AuthenticationService.class)
            .get()
            .authenticate(credentials.getUsername(), password);
    return switch (result.outcome()) {
      case SUCCESS -> new SimpleAuthenticationInfo(result.principal(), password, getName());
      case LOCKED -> throw new LockedAccountException();
      case DISABLED -> throw new DisabledAccountException();
      case INVALID -> throw new IncorrectCredentialsException();
      case THROTTLED -> throw new ExcessiveAttemptsException();
    };
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    return authorizationOf(principals);
  }

  /** The roles and permissions the account's principal carries, for either realm. */
  static AuthorizationInfo authorizationOf(PrincipalCollection principals) {
    var principal = principals.oneByType(AccountPrincipal.class);
    var info = new SimpleAuthorizationInfo();
    if (principal != null) {
      principal.roles().forEach(role -> info.addRole(role.name()));
      info.setStringPermissions(principal.permissions());
    }
    return info;
  }
}
