package org.constable.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A recovery code of an account's second factor: only its hash is kept; good once. */
@Entity
@Table(name = "recovery_code")
@IdClass(RecoveryCode.Key.class)
class RecoveryCode {

  /** The composite key (a class, not a record: JPA sets its fields). */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long accountId;
    private String codeHash;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && java.util.Objects.equals(accountId, that.accountId)
          && java.util.Objects.equals(codeHash, that.codeHash);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(accountId, codeHash);
    }
  }

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Id
  @Column(name = "code_hash")
  private String codeHash;

  @Column(name = "used_at")
  private LocalDateTime usedAt;

  protected RecoveryCode() {}

  RecoveryCode(long accountId, String codeHash) {
    this.accountId = accountId;
    this.codeHash = codeHash;
  }

  boolean isUsed() {
    return usedAt != null;
  }

  void use(LocalDateTime at) {
    this.usedAt = at;
  }
}
