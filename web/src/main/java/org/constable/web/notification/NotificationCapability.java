package org.constable.web.notification;

import static org.constable.web.shell.PageGuard.LOGGED_IN;
import static org.constable.web.shell.PageGuard.page;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.constable.web.shell.Capability;
import org.constable.web.shell.MenuEntry;
import org.constable.web.shell.MenuEntry.Group;
import org.constable.web.shell.PageGuard;
import org.constable.web.shell.RecordTab;

/** Every account's inbox. */
@ApplicationScoped
public class NotificationCapability implements Capability {

  @Override
  public List<MenuEntry> menu() {
    return List.of(
        new MenuEntry("menuInbox", "menu.inbox", "/notifications/inbox", null, Group.MINE, 90));
  }

  @Override
  public List<PageGuard> pages() {
    return List.of(page("/notifications/inbox.xhtml", LOGGED_IN));
  }

  @Override
  public List<RecordTab> recordTabs() {
    return List.of();
  }
}
