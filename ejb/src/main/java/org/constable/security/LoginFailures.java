package org.constable.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Duration;
import java.time.LocalDateTime;
import org.constable.platform.OracleLimits;
import org.constable.policy.PolicyKeys;
import org.constable.policy.PolicyService;

/**
 * The failures counted in {@code login_failure}, by key: a name typed, a client address, an
 * account's wrong second-factor codes. One way to read, count and throttle them for the password
 * log-in and the second factor alike.
 */
final class LoginFailures {

  private LoginFailures() {}

  /** The policy's window and lock, with as many failures as the parameter named allows. */
  static LoginThrottle throttle(PolicyService policy, String maxFailuresKey) {
    return new LoginThrottle(
        policy.intValue(maxFailuresKey),
        Duration.ofMinutes(policy.intValue(PolicyKeys.LOGIN_FAILURE_WINDOW_MINUTES)),
        Duration.ofMinutes(policy.intValue(PolicyKeys.LOGIN_LOCK_MINUTES)));
  }

  /** The key's row, locked for this transaction, or null. */
  static LoginFailure locked(EntityManager em, String key) {
    return em.find(
        LoginFailure.class, key, LockModeType.PESSIMISTIC_WRITE, OracleLimits.lockTimeout());
  }

  /** Counts one more failure against the key; true if that locks it. */
  static boolean count(
      EntityManager em,
      String key,
      LoginFailure failures,
      LoginThrottle throttle,
      LocalDateTime now) {
    LoginThrottle.State before = failures == null ? LoginThrottle.State.CLEAR : failures.state();
    LoginThrottle.State after = throttle.afterFailure(before, now);
    if (failures == null) {
      em.persist(new LoginFailure(key, after));
    } else {
      failures.update(after);
    }
    return throttle.isLocked(after, now);
  }
}
