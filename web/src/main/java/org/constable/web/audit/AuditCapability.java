package org.constable.web.audit;

import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.security.Permissions;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.MenuEntry.Group;
import org.constable.web.shell.PageGuard;

/** The security log, for the audit administrator only. */
@ApplicationScoped
public class AuditCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry(
            "menuSecurityLog",
            "menu.audit.securityLog",
            "/audit/security",
            Permissions.AUDIT_SECURITY,
            Group.MAIN,
            90));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(page("/audit/security.xhtml", Permissions.AUDIT_SECURITY));
  }
}
