package org.constable.web.account;

import static org.constable.web.shell.PageGuard.LOGGED_IN;
import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.PageGuard;

/** Every user's own account: the password and the second factor. */
@ApplicationScoped
public class AccountCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry(
            "menuPassword", "menu.password", "/account/password", null, MenuEntry.Group.MINE, 90),
        new MenuEntry(
            "menuTwoFactor",
            "menu.twoFactor",
            "/account/two-factor",
            null,
            MenuEntry.Group.MINE,
            91),
        new MenuEntry(
            "menuTokens", "menu.tokens", "/account/tokens", null, MenuEntry.Group.MINE, 92));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(
        page("/account/password.xhtml", LOGGED_IN),
        page("/account/two-factor.xhtml", LOGGED_IN),
        page("/account/tokens.xhtml", LOGGED_IN));
  }
}
