package org.constable.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.constable.audit.SecurityEventType;
import org.constable.audit.SecurityLog;
import org.constable.audit.SecurityOutcome;
import org.constable.security.CurrentUser;
import org.constable.web.shell.Capabilities;
import org.constable.web.shell.PageGuard;

/**
 * The one place pages are guarded: a page answers only if a capability declared it ({@link
 * org.constable.web.shell.Capability#pages()}), and only to a caller holding its permission (403
 * otherwise, 404 for a page nobody declared). Shiro has already sent a visitor to the log-in page;
 * the services check every read and write again.
 */
public class PageGuardFilter extends HttpFilter {

  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  @Inject private Capabilities capabilities;
  @Inject private CurrentUser currentUser;
  @Inject private SecurityLog securityLog;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getServletPath();
    if (path.endsWith(".xhtml") && !path.startsWith(FACES_RESOURCES)) {
      Optional<PageGuard> guard = capabilities.guardOf(path);
      if (guard.isEmpty()) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
        return;
      }
      if (!allows(guard.get())) {
        securityLog.record(
            SecurityEventType.ACCESS_DENIED, SecurityOutcome.DENIED, null, "page " + path);
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return;
      }
    }
    chain.doFilter(request, response);
  }

  private boolean allows(PageGuard guard) {
    if (guard.permissions().contains(PageGuard.ANYONE)) {
      return true;
    }
    if (currentUser.principal().isEmpty()) {
      return false;
    }
    return guard.permissions().stream()
        .anyMatch(p -> PageGuard.LOGGED_IN.equals(p) || currentUser.can(p));
  }
}
