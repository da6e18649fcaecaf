package org.constable.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** One message to one account. */
@Entity
@Table(name = "notification")
public class Notification {

  private static final String SEPARATOR = "\u001f";

  @Id
  @SequenceGenerator(
      name = "notification_seq",
      sequenceName = "notification_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "text_key", nullable = false)
  private String textKey;

  private String arguments;

  private String link;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Column(name = "read_at")
  private LocalDateTime readAt;

  /** The account's address when it had one: the message waits in the mail outbox. */
  @Column(name = "mail_to")
  private String mailTo;

  @Column(name = "mail_state")
  private String mailState;

  @Column(name = "mailed_at")
  private LocalDateTime mailedAt;

  protected Notification() {}

  Notification(
      long accountId, String textKey, List<String> arguments, String link, LocalDateTime at) {
    this.accountId = accountId;
    this.textKey = textKey;
    this.arguments = String.join(SEPARATOR, arguments);
    this.link = link;
    this.createdAt = at;
  }

  void mailTo(String address) {
    if (address != null && !address.isBlank()) {
      mailTo = address.strip();
      mailState = MailOutbox.PENDING;
    }
  }

  void markRead(LocalDateTime at) {
    if (readAt == null) {
      readAt = at;
    }
  }

  public List<String> argumentList() {
    return arguments == null || arguments.isEmpty()
        ? List.of()
        : Arrays.asList(arguments.split(SEPARATOR, -1));
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getTextKey() {
    return textKey;
  }

  public String getLink() {
    return link;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public LocalDateTime getReadAt() {
    return readAt;
  }
}
