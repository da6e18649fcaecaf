package org.constable.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The failed log-ins counted against one typed log-in name. */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

  @Id
  @Column(name = "login_name")
  private String loginName;

  @Column(name = "failed_attempts", nullable = false)
  private int failedAttempts;

  @Column(name = "first_failed_at", nullable = false)
  private LocalDateTime firstFailedAt;

  @Column(name = "locked_until")
  private LocalDateTime lockedUntil;

  protected LoginFailure() {}

  LoginFailure(String loginName, LoginThrottle.State state) {
    this.loginName = loginName;
    update(state);
  }

  LoginThrottle.State state() {
    return new LoginThrottle.State(failedAttempts, firstFailedAt, lockedUntil);
  }

  void update(LoginThrottle.State state) {
    this.failedAttempts = state.failedAttempts();
    this.firstFailedAt = state.firstFailedAt();
    this.lockedUntil = state.lockedUntil();
  }
}
