package org.constable.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.constable.web.api.Problem;

/**
 * HTTP Basic for {@code /api}, against the same realm as the pages (lock-out included). A refusal
 * is an RFC 9457 problem, like every other API error.
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

  @Override
  protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
    var http = (HttpServletResponse) response;
    http.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    http.setHeader(
        AUTHENTICATE_HEADER, getAuthcScheme() + " realm=\"" + getApplicationName() + "\"");
    http.setContentType(Problem.MEDIA_TYPE);
    http.setCharacterEncoding("UTF-8");
    try {
      http.getWriter()
          .write(
              Problem.json(
                  Response.Status.UNAUTHORIZED,
                  "about:blank",
                  "HTTP Basic credentials (police number and password) required"));
    } catch (IOException e) {
      return false;
    }
    return false;
  }
}
