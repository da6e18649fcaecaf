package org.constable.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The chain's head: the last entry's position and digest, locked by each writer. */
@Entity
@Table(name = "security_chain")
class SecurityChain {

  static final int ID = 1;

  @Id private Integer id;

  @Column(name = "last_id", nullable = false)
  private long lastId;

  @Column(name = "last_digest", nullable = false)
  private String lastDigest;

  protected SecurityChain() {}

  long lastId() {
    return lastId;
  }

  String lastDigest() {
    return lastDigest;
  }

  void advance(long id, String digest) {
    this.lastId = id;
    this.lastDigest = digest;
  }
}
