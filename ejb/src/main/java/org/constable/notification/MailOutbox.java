package org.constable.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NameNotFoundException;
import javax.naming.NamingException;
import org.constable.platform.NativeSql;
import org.constable.security.Unguarded;

/**
 * The notifications that wait to be mailed (their account had an address and the server a mail
 * session): the web module's dispatcher claims a few at a time, in a transaction of their own so
 * that two nodes never mail one twice, writes them in the reader's language and reports the
 * outcome.
 */
@Stateless
public class MailOutbox {

  /** The mail session an operator configures (config/src/main/cli/mail.cli). */
  public static final String SESSION = "java:jboss/mail/Constable";

  static final String PENDING = "PENDING";
  static final String SENDING = "SENDING";
  static final String SENT = "SENT";
  static final String FAILED = "FAILED";

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /** The server's mail session, when one is configured. */
  public static Optional<jakarta.mail.Session> session() {
    try {
      return Optional.of((jakarta.mail.Session) new InitialContext().lookup(SESSION));
    } catch (NameNotFoundException e) {
      return Optional.empty();
    } catch (NamingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Unguarded("the dispatcher's timer runs without a caller; it reads only what it mails")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<OutgoingMail> claim(int limit) {
    List<OutgoingMail> claimed = new ArrayList<>();
    List<Object[]> waiting =
        new NativeSql()
            .sql("SELECT n.id, n.mail_to, a.locale, n.text_key, n.link FROM notification n")
            .sql(" JOIN account a ON a.id = n.account_id WHERE n.mail_state = ")
            .value(PENDING)
            .sql(" ORDER BY n.id FETCH FIRST " + Math.max(1, Math.min(limit, 100)) + " ROWS ONLY")
            .rows(em);
    for (Object[] row : waiting) {
      long id = NativeSql.number(row[0]);
      int taken =
          em.createNativeQuery(
                  "UPDATE notification SET mail_state = ?1 WHERE id = ?2 AND mail_state = ?3")
              .setParameter(1, SENDING)
              .setParameter(2, id)
              .setParameter(3, PENDING)
              .executeUpdate();
      if (taken == 1) {
        Notification n = em.find(Notification.class, id);
        claimed.add(
            new OutgoingMail(
                id,
                (String) row[1],
                (String) row[2],
                (String) row[3],
                n.argumentList(),
                (String) row[4]));
      }
    }
    return claimed;
  }

  @Unguarded("the dispatcher's timer runs without a caller")
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void outcome(long notificationId, boolean sent) {
    em.createNativeQuery("UPDATE notification SET mail_state = ?1, mailed_at = ?2 WHERE id = ?3")
        .setParameter(1, sent ? SENT : FAILED)
        .setParameter(2, java.sql.Timestamp.valueOf(LocalDateTime.now(clock)))
        .setParameter(3, notificationId)
        .executeUpdate();
  }
}
