package org.constable.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDateTime;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.UserFilter;
import org.apache.shiro.web.util.WebUtils;
import org.constable.audit.SecurityEventDraft;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.security.AccountPrincipal;
import org.constable.security.AuthenticationService;
import org.constable.security.AuthenticationService.SessionCheck;

/**
 * Sends a visitor who is not logged in to the log-in page, remembering where it was going. An ajax
 * request gets a Faces partial-response redirect, since a plain 302 would be lost on it.
 */
public class FacesAuthenticationFilter extends UserFilter {

  /** The session attribute holding when its log-in was, for the absolute lifetime. */
  static final String LOGGED_IN_AT = "constable.loggedInAt";

  /**
   * A session that has outlived its absolute lifetime, or whose account has changed since it began
   * (disabled; roles, scope or password changed), is ended here, logged, and sent to log in anew.
   */
  @Override
  protected boolean isAccessAllowed(
      ServletRequest request, ServletResponse response, Object mapped) {
    Subject subject = getSubject(request, response);
    if (!subject.isAuthenticated()) {
      return false;
    }
    if (!(subject.getPrincipal() instanceof AccountPrincipal principal)) {
      return true;
    }
    var session = ((HttpServletRequest) request).getSession(false);
    LocalDateTime loggedInAt =
        session == null ? null : (LocalDateTime) session.getAttribute(LOGGED_IN_AT);
    var authentication = CDI.current().select(AuthenticationService.class).get();
    SessionCheck check = authentication.check(principal, loggedInAt);
    if (check == SessionCheck.HOLDS) {
      return true;
    }
    CDI.current()
        .select(SecurityLog.class)
        .get()
        .write(
            SecurityEventDraft.of(
                principal.policeNumber(),
                SecurityEventType.SESSION_EXPIRED,
                SecurityOutcome.SUCCESS,
                null,
                check == SessionCheck.LIFETIME
                    ? "absolute lifetime"
                    : "ended by an account change"));
    // the principal goes first, so the session's end is not logged a second time as an expiry
    subject.logout();
    return false;
  }

  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    var http = (HttpServletRequest) request;
    if (FacesRedirect.isAjax(http)) {
      FacesRedirect.partial((HttpServletResponse) response, http.getContextPath() + getLoginUrl());
      return false;
    }
    saveRequest(request);
    WebUtils.issueRedirect(request, response, getLoginUrl());
    return false;
  }
}
