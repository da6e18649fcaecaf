package org.constable.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authz.PermissionsAuthorizationFilter;

/** A logged-in user without the permission gets 403 and the error page in its language. */
public class ForbiddingPermissionsFilter extends PermissionsAuthorizationFilter {

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    if (getSubject(request, response).getPrincipal() == null) {
      saveRequestAndRedirectToLogin(request, response);
    } else {
      ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return false;
  }
}
