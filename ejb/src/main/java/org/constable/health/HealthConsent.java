package org.constable.health;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

/**
 * The officer's consent that a chronic condition its checks found may count for its recuperation
 * priority; HR then sees only that a health reason applies, never the condition.
 */
@Entity
@Table(name = "health_consent")
public class HealthConsent {

  @Id
  @Column(name = "officer_id")
  private Long officerId;

  @Column(nullable = false)
  private boolean consented;

  @Column(name = "changed_at", nullable = false)
  private LocalDateTime changedAt;

  @Version private long version;

  protected HealthConsent() {}

  HealthConsent(long officerId) {
    this.officerId = officerId;
  }

  boolean isConsented() {
    return consented;
  }

  void set(boolean consented, LocalDateTime at) {
    this.consented = consented;
    this.changedAt = at;
  }
}
