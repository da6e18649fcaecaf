package org.constable.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A session whose password was right but whose second factor is still due (a code, or the enrolment
 * its role requires) reaches nothing but the page that asks for it.
 */
public class TwoFactorFilter extends HttpFilter {

  public static final String PAGE = "/account/two-factor.xhtml";

  /** The session attribute: what the log-in still needs ({@code TwoFactor.Need}). */
  public static final String PENDING = "constable.twoFactorPending";

  private static final List<String> ALLOWED =
      List.of(
          PAGE, "/jakarta.faces.resource/", "/resources/", "/logout", "/login.xhtml", "/error/");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    var session = request.getSession(false);
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (session != null
        && session.getAttribute(PENDING) != null
        && ALLOWED.stream().noneMatch(path::startsWith)) {
      String target = request.getContextPath() + PAGE;
      if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
        response.setContentType("text/xml");
        response.setCharacterEncoding("UTF-8");
        response
            .getWriter()
            .printf(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\"%s\"/>"
                    + "</partial-response>",
                target);
      } else {
        response.sendRedirect(target);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
