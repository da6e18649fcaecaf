package org.constable.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.BasicHttpAuthenticationFilter;
import org.constable.security.TwoFactor;
import org.constable.web.api.Problem;

/**
 * HTTP Basic for {@code /api}, against the same realm as the pages (lock-out included). A refusal
 * is an RFC 9457 problem, like every other API error; so is a malformed header. The page's session
 * cookie counts for nothing here ({@code noSessionCreation} and no session lookup).
 */
public class ApiAuthenticationFilter extends BasicHttpAuthenticationFilter {

  private static final String BEARER = "Bearer ";

  /** Marks a request {@link #refuse} answered, so that the challenge does not overwrite it. */
  private static final String REFUSED = ApiAuthenticationFilter.class.getName() + ".refused";

  /** HTTP Basic or a personal API token. */
  @Override
  protected boolean isLoginAttempt(String authzHeader) {
    return super.isLoginAttempt(authzHeader)
        || (authzHeader != null && authzHeader.regionMatches(true, 0, BEARER, 0, BEARER.length()));
  }

  /** A header that is not Base64 (or not UTF-8) is a failed log-in, 401, not a server error. */
  @Override
  protected AuthenticationToken createToken(ServletRequest request, ServletResponse response) {
    String header = getAuthzHeader(request);
    if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      return new BearerToken(header.substring(BEARER.length()).strip(), request.getRemoteHost());
    }
    try {
      return super.createToken(request, response);
    } catch (RuntimeException malformed) {
      return createToken("", "", request, response);
    }
  }

  /** A read-only token reads: any other method is refused before it reaches a resource. */
  @Override
  protected boolean onLoginSuccess(
      AuthenticationToken token, Subject subject, ServletRequest request, ServletResponse response)
      throws Exception {
    if (token instanceof UsernamePasswordToken
        && CDI.current().select(TwoFactor.class).get().needAtLogIn() != TwoFactor.Need.NONE) {
      // a password alone does not sign this account in on the pages: nor here
      subject.logout();
      refuse(
          request,
          response,
          Response.Status.UNAUTHORIZED,
          "This account signs in with a second factor: call the API with a personal API token");
      return false;
    }
    var access = subject.getPrincipals().oneByType(TokenRealm.TokenAccess.class);
    String method = ((HttpServletRequest) request).getMethod();
    boolean reads = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    if (access != null && !access.write() && !reads) {
      refuse(request, response, Response.Status.FORBIDDEN, "This API token may only read");
      return false;
    }
    return super.onLoginSuccess(token, subject, request, response);
  }

  /** Answers the refusal as a problem; {@link #sendChallenge} then leaves it as it is. */
  private static void refuse(
      ServletRequest request, ServletResponse response, Response.Status status, String detail)
      throws java.io.IOException {
    request.setAttribute(REFUSED, Boolean.TRUE);
    var http = (HttpServletResponse) response;
    http.setStatus(status.getStatusCode());
    http.setContentType(Problem.MEDIA_TYPE);
    http.setCharacterEncoding("UTF-8");
    http.getWriter().write(Problem.json(status, "about:blank", detail));
  }

  @Override
  protected boolean sendChallenge(ServletRequest request, ServletResponse response) {
    var http = (HttpServletResponse) response;
    if (request.getAttribute(REFUSED) != null) {
      // refused already, with its reason (onLoginSuccess)
      return false;
    }
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
                  "HTTP Basic credentials (police number and password) or a personal API token (Bearer) required"));
    } catch (IOException e) {
      return false;
    }
    return false;
  }
}
