package org.constable.notification;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;

/** A message as the inbox shows it. */
public record NotificationRow(
    long id,
    String textKey,
    List<String> arguments,
    String link,
    LocalDateTime createdAt,
    boolean read)
    implements Serializable {

  public NotificationRow {
    arguments = List.copyOf(arguments);
  }

  static NotificationRow of(Notification n) {
    return new NotificationRow(
        n.getId(),
        n.getTextKey(),
        n.argumentList(),
        n.getLink(),
        n.getCreatedAt(),
        n.getReadAt() != null);
  }
}
