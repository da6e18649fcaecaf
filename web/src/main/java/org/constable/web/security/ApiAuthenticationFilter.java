package org.constable.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;

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
    http.setContentType("application/problem+json");
    http.setCharacterEncoding("UTF-8");
    try {
      http.getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"HTTP Basic credentials (police number and password) required\"}");
    } catch (IOException e) {
      return false;
    }
    return false;
  }
}
