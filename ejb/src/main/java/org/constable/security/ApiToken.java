package org.constable.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A personal API token: its hash only, its name, what it may do, until when. */
@Entity
@Table(name = "api_token")
class ApiToken {

  @Id
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
  private Long id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private long accountId;

  @Column(nullable = false, updatable = false)
  private String name;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "write_access", nullable = false, updatable = false)
  private boolean writeAccess;

  @Column(name = "created_at", nullable = false, updatable = false)
  private LocalDateTime createdAt;

  @Column(name = "expires_on", nullable = false, updatable = false)
  private LocalDate expiresOn;

  @Column(name = "revoked_at")
  private LocalDateTime revokedAt;

  @Column(name = "last_used_at")
  private LocalDateTime lastUsedAt;

  protected ApiToken() {}

  ApiToken(
      long accountId,
      String name,
      String tokenHash,
      boolean writeAccess,
      LocalDateTime createdAt,
      LocalDate expiresOn) {
    this.accountId = accountId;
    this.name = name;
    this.tokenHash = tokenHash;
    this.writeAccess = writeAccess;
    this.createdAt = createdAt;
    this.expiresOn = expiresOn;
  }

  /** Good on the day: not revoked, expiring at the end of its last day. */
  boolean isValidOn(LocalDate day) {
    return revokedAt == null && !day.isAfter(expiresOn);
  }

  void revoke(LocalDateTime at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  void used(LocalDateTime at) {
    lastUsedAt = at;
  }

  Long getId() {
    return id;
  }

  long getAccountId() {
    return accountId;
  }

  boolean isWriteAccess() {
    return writeAccess;
  }

  ApiTokenView view(LocalDate today) {
    return new ApiTokenView(
        id,
        name,
        writeAccess,
        createdAt,
        expiresOn,
        lastUsedAt,
        revokedAt != null,
        isValidOn(today));
  }
}
