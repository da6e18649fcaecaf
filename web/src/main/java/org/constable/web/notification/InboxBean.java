package org.constable.web.notification;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.constable.notification.NotificationRow;
import org.constable.notification.Notifications;
import org.constable.web.shell.PagedModel;
import org.constable.web.shell.Texts;

/** The caller's messages, newest first, each in the reader's language. */
@Named
@ViewScoped
public class InboxBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private Notifications notifications;

  private final PagedModel<NotificationRow> model =
      new PagedModel<>(
          () -> notifications.count(),
          (first, size, sortBy) -> notifications.inbox(first, size),
          NotificationRow::id);

  public String text(NotificationRow row) {
    return Texts.get(Texts.viewLocale(), row.textKey(), row.arguments().toArray());
  }

  public String open(NotificationRow row) {
    notifications.markRead(row.id());
    return row.link() == null
        ? null
        : row.link() + (row.link().contains("?") ? "&" : "?") + "faces-redirect=true";
  }

  public void markRead(NotificationRow row) {
    notifications.markRead(row.id());
  }

  public PagedModel<NotificationRow> getModel() {
    return model;
  }
}
