package org.constable.notification;

import java.util.List;

/** A notification claimed for mailing: the address, the reader's language, the message. */
public record OutgoingMail(
    long notificationId,
    String to,
    String locale,
    String textKey,
    List<String> arguments,
    String link) {

  public OutgoingMail {
    arguments = List.copyOf(arguments);
  }
}
