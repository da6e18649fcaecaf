package org.constable.web.account;

import static org.constable.web.shell.PageGuard.LOGGED_IN;
import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.PageGuard;

/** Every user's own account: the password. */
@ApplicationScoped
public class AccountCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry(
            "menuPassword", "menu.password", "/account/password", null, MenuEntry.Group.MINE, 90));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(page("/account/password.xhtml", LOGGED_IN));
  }
}
