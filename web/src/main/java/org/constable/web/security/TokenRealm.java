package org.constable.web.security;

import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.credential.AllowAllCredentialsMatcher;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.constable.security.ApiTokens;

/**
 * A REST call with a personal API token ({@code Authorization: Bearer cst_…}): the token is checked
 * by {@link ApiTokens}; the principal is the account's, with the token's write access beside it for
 * {@link ApiAuthenticationFilter} to enforce.
 */
public class TokenRealm extends AuthorizingRealm {

  public static final String NAME = "constable-token";

  /** Beside the account's principal: whether the token may change anything. */
  public record TokenAccess(boolean write) {}

  public TokenRealm() {
    setName(NAME);
    setCredentialsMatcher(new AllowAllCredentialsMatcher());
    setAuthorizationCachingEnabled(false);
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof BearerToken;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token)
      throws AuthenticationException {
    String text = ((BearerToken) token).getToken();
    var grant = CDI.current().select(ApiTokens.class).get().authenticate(text);
    if (grant == null) {
      throw new IncorrectCredentialsException();
    }
    var principals =
        new SimplePrincipalCollection(
            List.of(grant.principal(), new TokenAccess(grant.writeAccess())), getName());
    return new SimpleAuthenticationInfo(principals, text);
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    return ConstableRealm.authorizationOf(principals);
  }
}
