package org.constable.web.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.constable.notification.MailOutbox;
import org.constable.notification.OutgoingMail;
import org.constable.web.shell.Texts;

/**
 * Mails the notifications that wait in the outbox, in each reader's language, through the server's
 * mail session. It lives beside the message bundles, which the EJB module cannot read. A message
 * that fails is marked so and stays in the inbox.
 */
@Singleton
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
  private static final int BATCH = 50;

  @Inject private MailOutbox outbox;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void everyTenSeconds() {
    dispatch();
  }

  /** Mails what waits; returns how many were sent. */
  public int dispatch() {
    var session = MailOutbox.session();
    if (session.isEmpty()) {
      return 0;
    }
    int sent = 0;
    for (OutgoingMail mail : outbox.claim(BATCH)) {
      boolean ok = send(session.get(), mail);
      outbox.outcome(mail.notificationId(), ok);
      sent += ok ? 1 : 0;
    }
    return sent;
  }

  private static boolean send(jakarta.mail.Session session, OutgoingMail mail) {
    Locale locale =
        Texts.supported(
            mail.locale() == null ? Texts.CHINESE : Locale.forLanguageTag(mail.locale()));
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom();
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
      message.setSubject(Texts.get(locale, "mail.subject"), "UTF-8");
      String text = Texts.get(locale, mail.textKey(), mail.arguments().toArray());
      String link = mail.link() == null ? "" : "\n\n" + Texts.get(locale, "mail.link", mail.link());
      message.setText(text + link + "\n\n" + Texts.get(locale, "mail.footer"), "UTF-8");
      Transport.send(message);
      return true;
    } catch (MessagingException | RuntimeException e) {
      LOG.log(Level.WARNING, "Could not mail notification " + mail.notificationId(), e);
      return false;
    }
  }
}
