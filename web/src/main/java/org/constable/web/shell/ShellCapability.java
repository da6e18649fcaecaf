package org.constable.web.shell;

import static org.constable.web.shell.PageGuard.ANYONE;
import static org.constable.web.shell.PageGuard.LOGGED_IN;
import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The shell's own pages: home, log-in, errors. */
@ApplicationScoped
public class ShellCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(new MenuEntry("menuHome", "menu.home", "/index", null, MenuEntry.Group.MAIN, 0));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(
        page("/index.xhtml", LOGGED_IN), page("/login.xhtml", ANYONE), page("/error/", ANYONE));
  }
}
