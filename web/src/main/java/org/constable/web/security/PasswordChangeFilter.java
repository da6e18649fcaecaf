package org.constable.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.SecurityUtils;
import org.constable.security.AccountPrincipal;

/** A user whose password was reset by ADMIN may do nothing but choose a new one. */
public class PasswordChangeFilter extends HttpFilter {

  static final String PAGE = "/account/password.xhtml";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (SecurityUtils.getSubject().getPrincipal() instanceof AccountPrincipal p
        && p.mustChangePassword()
        && !FacesRedirect.open(path, PAGE)) {
      if (path.startsWith("/api/")) {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
      } else {
        response.sendRedirect(request.getContextPath() + PAGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
