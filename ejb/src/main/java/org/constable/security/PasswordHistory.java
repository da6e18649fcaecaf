package org.constable.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A password hash an account had before: a new password may not be one of the last five. */
@Entity
@Table(name = "password_history")
class PasswordHistory {

  static final int KEPT = 5;

  @Id
  @SequenceGenerator(
      name = "password_history_seq",
      sequenceName = "password_history_seq",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "password_history_seq")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(name = "replaced_at", nullable = false)
  private LocalDateTime replacedAt;

  protected PasswordHistory() {}

  PasswordHistory(long accountId, String passwordHash, LocalDateTime replacedAt) {
    this.accountId = accountId;
    this.passwordHash = passwordHash;
    this.replacedAt = replacedAt;
  }

  String getPasswordHash() {
    return passwordHash;
  }
}
