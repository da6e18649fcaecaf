package org.constable.web.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.constable.notification.Notifications;
import org.constable.web.shell.UserBean;

/** The header's link to the inbox, with the count of unread messages (read once a request). */
@Named
@RequestScoped
public class UnreadBadge {

  @Inject private Notifications notifications;
  @Inject private UserBean user;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = user.isLoggedIn() ? notifications.unread() : 0L;
    }
    return unread;
  }
}
