package org.constable.web.reporting;

import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.security.Permissions;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.PageGuard;

/** Workforce statistics for HR and leaders. */
@ApplicationScoped
public class ReportingCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry(
            "menuWorkforce",
            "workforce.menu",
            "/reporting/workforce",
            Permissions.WORKFORCE_READ,
            MenuEntry.Group.MAIN,
            70));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(page("/reporting/", Permissions.WORKFORCE_READ));
  }
}
