package org.constable.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.constable.web.api.Problem;

/**
 * HTTP Basic for {@code /api}, against the same realm as the pages (lock-out included). A refusal
 * is an RFC 9457 problem, like every other API error; so is a malformed header. The page's session
 * cookie counts for nothing here ({@code noSessionCreation} and no session lookup).
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

  /** A header that is not Base64 (or not UTF-8) is a failed log-in, 401, not a server error. */
  @Override
  protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
    try {
      return super.createToken(request, response);
    } catch (RuntimeException malformed) {
      return createToken("", "", request, response);
    }
  }

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
