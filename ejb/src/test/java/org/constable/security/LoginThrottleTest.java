package org.constable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoginThrottleTest {

  private static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 29, 9, 0);
  private final LoginThrottle throttle =
      new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

  @ParameterizedTest(name = "{0} failures {1} min apart: locked {2}")
  @CsvSource({
    // failures, minutes between them, locked after the last one
    "4, 1, false",
    "5, 1, true",
    "5, 3, true", // the fifth at 12 min, inside the 15-minute window
    "5, 4, false", // the fifth at 16 min: the window restarted at 16, one failure counted
    "6, 0, true",
  })
  void failuresWithinTheWindowLock(int failures, int minutesApart, boolean locked) {
    var state = LoginThrottle.State.CLEAR;
    LocalDateTime at = T0;
    for (int i = 0; i < failures; i++) {
      at = T0.plusMinutes((long) i * minutesApart);
      state = throttle.afterFailure(state, at);
    }
    assertEquals(locked, throttle.isLocked(state, at));
  }

  @ParameterizedTest(name = "{0} minutes after the lock: locked {1}")
  @CsvSource({"0, true", "14, true", "15, false", "16, false"})
  void theLockLastsItsDuration(int minutesLater, boolean locked) {
    var state = LoginThrottle.State.CLEAR;
    for (int i = 0; i < 5; i++) {
      state = throttle.afterFailure(state, T0);
    }
    assertEquals(locked, throttle.isLocked(state, T0.plusMinutes(minutesLater)));
  }

  @ParameterizedTest
  @CsvSource({"1", "4"})
  void aSuccessClearsTheCount(int failuresBefore) {
    var state = LoginThrottle.State.CLEAR;
    for (int i = 0; i < failuresBefore; i++) {
      state = throttle.afterFailure(state, T0);
    }
    state = throttle.afterSuccess();
    state = throttle.afterFailure(state, T0.plusMinutes(1));
    assertEquals(1, state.failedAttempts());
  }
}
