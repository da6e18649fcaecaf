package org.constable.web.notification;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.constable.notification.Notifications;
import org.constable.security.CurrentUser;
import org.constable.web.shell.HomeCard;

/** Unread messages of the inbox. */
@Dependent
public class UnreadNotificationsCard implements HomeCard {

  @Inject private Notifications notifications;

  @Override
  public String id() {
    return "unreadNotifications";
  }

  @Override
  public boolean isFor(CurrentUser user) {
    return user.principal().isPresent();
  }

  @Override
  public long count() {
    return notifications.unread();
  }

  @Override
  public String textKey() {
    return "inbox.card";
  }

  @Override
  public String outcome() {
    return "/notifications/inbox";
  }

  @Override
  public int order() {
    return 1;
  }
}
