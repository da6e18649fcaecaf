package org.constable.security;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * Locks an account after too many failed log-ins: {@code maxFailures} failures within {@code
 * window} lock it for {@code lockFor}. The window starts at the first failure; a failure after the
 * window has passed starts a new count.
 */
public record LoginThrottle(int maxFailures, Duration window, Duration lockFor) {

  /** What is stored on the account between attempts. */
  public record State(int failedAttempts, LocalDateTime firstFailedAt, LocalDateTime lockedUntil) {
    public static final State CLEAR = new State(0, null, null);
  }

  public boolean isLocked(State state, LocalDateTime now) {
    return state.lockedUntil() != null && now.isBefore(state.lockedUntil());
  }

  public State afterFailure(State state, LocalDateTime now) {
    boolean windowOpen =
        state.firstFailedAt() != null && now.isBefore(state.firstFailedAt().plus(window));
    int failures = windowOpen ? state.failedAttempts() + 1 : 1;
    LocalDateTime first = windowOpen ? state.firstFailedAt() : now;
    if (failures >= maxFailures) {
      return new State(failures, first, now.plus(lockFor));
    }
    return new State(failures, first, null);
  }

  public State afterSuccess() {
    return State.CLEAR;
  }
}
