package org.constable.web.admin;

import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.security.Permissions;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.MenuEntry.Group;
import org.constable.web.shell.PageGuard;

/** The administrators' pages: accounts, policy parameters, reference lists. */
@ApplicationScoped
public class AdminCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry(
            "menuAccounts",
            "menu.accounts",
            "/admin/accounts",
            Permissions.ACCOUNT_READ,
            Group.ADMIN,
            10),
        new MenuEntry(
            "menuPolicy", "menu.policy", "/admin/policy", Permissions.POLICY_READ, Group.ADMIN, 20),
        new MenuEntry(
            "menuReference",
            "menu.reference",
            "/admin/reference",
            Permissions.REFERENCE_MANAGE,
            Group.ADMIN,
            30));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(
        page("/admin/accounts.xhtml", Permissions.ACCOUNT_READ),
        page("/admin/policy.xhtml", Permissions.POLICY_READ),
        page("/admin/reference.xhtml", Permissions.REFERENCE_MANAGE));
  }
}
