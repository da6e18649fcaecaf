package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.constable.training.CheckInToken.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CheckInTokenTest {

  private static final Instant SHOWN = Instant.parse("2026-12-01T01:00:00Z");
  private final CheckInToken tokens = new CheckInToken("a secret of the server".getBytes());

  @ParameterizedTest(name = "scanned {0} s after it was shown: accepted {1}")
  @CsvSource({
    "0, true",
    "59, true",
    "90, true",
    "91, false",
    "3600, false",
    "-5, true",
    "-6, false"
  })
  void aCodeIsValidForItsWindowOnly(long secondsLater, boolean accepted) {
    String code = tokens.issue(42, SHOWN);
    Instant scanned = SHOWN.plusSeconds(secondsLater);
    if (accepted) {
      assertEquals(42, tokens.verify(code, scanned, 90).sessionId());
    } else {
      var refused =
          assertThrows(CheckInToken.RefusedException.class, () -> tokens.verify(code, scanned, 90));
      assertEquals(Refusal.EXPIRED, refused.refusal());
    }
  }

  @Test
  void aCodeMovedToAnotherSessionOrMadeUpIsRefused() {
    String code = tokens.issue(42, SHOWN);
    String[] parts = code.split("\\.");
    for (String forged :
        new String[] {
          "43." + parts[1] + "." + parts[2],
          parts[0] + "." + (SHOWN.getEpochSecond() + 60) + "." + parts[2],
          "42." + parts[1],
          "",
          "not-a-code",
        }) {
      var refused =
          assertThrows(CheckInToken.RefusedException.class, () -> tokens.verify(forged, SHOWN, 90));
      assertEquals(Refusal.MALFORMED, refused.refusal(), forged);
    }
  }

  @Test
  void anotherServersSecretDoesNotAcceptIt() {
    String code = new CheckInToken("another secret".getBytes()).issue(42, SHOWN);
    assertThrows(CheckInToken.RefusedException.class, () -> tokens.verify(code, SHOWN, 90));
  }
}
