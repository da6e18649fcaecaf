package org.constable.web.security;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.LogoutFilter;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;

/**
 * Log-out by POST only (a link or an image elsewhere cannot log a user out), written to the
 * security log before the session ends.
 */
public class AuditedLogoutFilter extends LogoutFilter {

  public AuditedLogoutFilter() {
    setPostOnlyLogout(true);
  }

  @Override
  protected boolean preHandle(ServletRequest request, ServletResponse response) throws Exception {
    Subject subject = getSubject(request, response);
    if (subject.isAuthenticated() && "POST".equalsIgnoreCase(method(request))) {
      CDI.current()
          .select(SecurityLog.class)
          .get()
          .record(SecurityEventType.LOGOUT, SecurityOutcome.SUCCESS, null, null);
    }
    return super.preHandle(request, response);
  }

  private static String method(ServletRequest request) {
    return ((jakarta.servlet.http.HttpServletRequest) request).getMethod();
  }
}
