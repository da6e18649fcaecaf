package org.constable.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A session whose password was right but whose second factor is still due (a code, or the enrolment
 * its role requires) reaches nothing but the page that asks for it.
 */
public class TwoFactorFilter extends HttpFilter {

  public static final String PAGE = "/account/two-factor.xhtml";

  /** The session attribute: what the log-in still needs ({@code TwoFactor.Need}). */
  public static final String PENDING = "constable.twoFactorPending";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var session = request.getSession(false);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (session != null
        && session.getAttribute(PENDING) != null
        && !FacesRedirect.open(path, PAGE)) {
      FacesRedirect.to(request, response, request.getContextPath() + PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
