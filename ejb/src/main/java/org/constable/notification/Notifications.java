package org.constable.notification;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.constable.platform.NotFoundException;
import org.constable.security.CurrentUser;
import org.constable.security.Guard;
import org.constable.security.Role;
import org.constable.security.Unguarded;

/** Sends messages to accounts and gives each account its own inbox. */
@Stateless
@Guard
public class Notifications {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentUser currentUser;
  @Inject private Clock clock;

  /**
   * Tells every enabled account of the role whose scope covers the unit with this path (the HR of
   * the officer's county bureau and of the city). Called by services inside their transaction.
   */
  @Unguarded("called by services that have checked their caller; it only writes messages")
  public int tellRoleCovering(
      Role role, String unitPath, String textKey, List<String> arguments, String link) {
    // the holders of a role are few (tens of HR accounts): their scopes are compared here
    List<Object[]> accounts =
        em.createQuery(
                "SELECT a.id, a.email, u.path FROM Account a JOIN a.scopeUnit u JOIN a.roles r"
                    + " WHERE a.enabled = :enabled AND r = :role",
                Object[].class)
            .setParameter("enabled", true)
            .setParameter("role", role)
            .getResultStream()
            .filter(row -> unitPath.startsWith((String) row[2]))
            .toList();
    send(accounts, textKey, arguments, link);
    return accounts.size();
  }

  /** Tells the officer, through its own account if it has one; returns whether it had. */
  @Unguarded("called by services that have checked their caller; it only writes messages")
  public boolean tellOfficer(long officerId, String textKey, List<String> arguments, String link) {
    List<Object[]> accounts =
        em.createQuery(
                "SELECT a.id, a.email FROM Account a WHERE a.officer.id = :officer"
                    + " AND a.enabled = :enabled",
                Object[].class)
            .setParameter("officer", officerId)
            .setParameter("enabled", true)
            .getResultList();
    send(accounts, textKey, arguments, link);
    return !accounts.isEmpty();
  }

  /** Rows of account id and e-mail address: the inbox, and the mail outbox where there is one. */
  private void send(List<Object[]> accounts, String textKey, List<String> arguments, String link) {
    LocalDateTime now = LocalDateTime.now(clock);
    boolean mail =
        accounts.stream().anyMatch(a -> a[1] != null) && MailOutbox.session().isPresent();
    for (Object[] account : accounts) {
      var message =
          new Notification(((Number) account[0]).longValue(), textKey, arguments, link, now);
      if (mail) {
        message.mailTo((String) account[1]);
      }
      em.persist(message);
    }
  }

  /** The caller's own messages, newest first. */
  public List<NotificationRow> inbox(int first, int pageSize) {
    return em.createQuery(
            "SELECT n FROM Notification n WHERE n.accountId = :me ORDER BY n.createdAt DESC, n.id DESC",
            Notification.class)
        .setParameter("me", currentUser.require().accountId())
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, Math.min(pageSize, 200)))
        .getResultStream()
        .map(NotificationRow::of)
        .toList();
  }

  public long count() {
    return em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.accountId = :me", Long.class)
        .setParameter("me", currentUser.require().accountId())
        .getSingleResult();
  }

  public long unread() {
    return em.createQuery(
            "SELECT COUNT(n) FROM Notification n WHERE n.accountId = :me AND n.readAt IS NULL",
            Long.class)
        .setParameter("me", currentUser.require().accountId())
        .getSingleResult();
  }

  /** Another account's message is not found. */
  public void markRead(long notificationId) {
    Notification n = em.find(Notification.class, notificationId);
    if (n == null || n.getAccountId() != currentUser.require().accountId()) {
      throw new NotFoundException("Notification", notificationId);
    }
    n.markRead(LocalDateTime.now(clock));
  }
}
