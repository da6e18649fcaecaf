package org.constable.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.support.DefaultSubjectContext;
import org.constable.audit.SecurityEventDraft;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.security.AccountPrincipal;

/**
 * A session that ends while still logged in has expired (a log-out removes the principal first):
 * the security log records whose it was.
 */
@WebListener
public class SessionExpiryListener implements HttpSessionListener {

  @Inject private SecurityLog securityLog;

  @Override
  public void sessionDestroyed(HttpSessionEvent event) {
    Object principals =
        event.getSession().getAttribute(DefaultSubjectContext.PRINCIPALS_SESSION_KEY);
    if (!(principals instanceof PrincipalCollection collection)) {
      return;
    }
    AccountPrincipal principal = collection.oneByType(AccountPrincipal.class);
    if (principal != null) {
      securityLog.write(
          new SecurityEventDraft(
              principal.policeNumber(),
              null,
              SecurityEventType.SESSION_EXPIRED,
              SecurityOutcome.SUCCESS,
              null,
              null));
    }
  }
}
