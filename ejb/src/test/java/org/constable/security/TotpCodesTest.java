package org.constable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpCodesTest {

  /** RFC 6238's own test key (ASCII "12345678901234567890"), in Base32. */
  private static final String RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

  private final TotpCodes codes = new TotpCodes();

  @ParameterizedTest
  @CsvSource({
    // RFC 6238 appendix B, SHA-1, the last six digits of its eight
    "59,          287082",
    "1111111109,  081804",
    "1111111111,  050471",
    "1234567890,  005924",
    "2000000000,  279037",
  })
  void makesTheCodesOfTheRfc(long seconds, String expected) {
    assertEquals(
        expected, codes.codeFor(RFC_KEY, TotpCodes.stepAt(Instant.ofEpochSecond(seconds))));
  }

  @ParameterizedTest(name = "code of step now{0}, last accepted now{1}: {2}")
  @CsvSource({
    // offset of the code's step, offset of the last accepted step, accepted
    "0,  -10, true",
    "-1, -10, true",
    "1,  -10, true",
    "-2, -10, false",
    "2,  -10, false",
    // replay: the step was accepted already, or a later one was
    "0,  0,   false",
    "-1, -1,  false",
    "-1, 0,   false",
    "1,  0,   true",
  })
  void acceptsTheNeighbouringStepsOnceEach(int codeOffset, int lastOffset, boolean accepted) {
    long now = 60_000_000;
    String code = codes.codeFor(RFC_KEY, now + codeOffset);
    OptionalLong step = codes.accept(RFC_KEY, code, now, now + lastOffset);
    assertEquals(accepted, step.isPresent());
    if (accepted) {
      assertEquals(now + codeOffset, step.getAsLong());
    }
  }

  @ParameterizedTest
  @CsvSource({"''", "12345", "1234567", "12345a", "'      '"})
  void refusesWhatIsNotSixDigits(String typed) {
    assertTrue(codes.accept(RFC_KEY, typed, 60_000_000, 0).isEmpty());
  }

  @Test
  void acceptsTheCodeTypedWithASpaceAsAppsShowIt() {
    String code = codes.codeFor(RFC_KEY, 60_000_000);
    String spaced = code.substring(0, 3) + " " + code.substring(3);
    assertEquals(OptionalLong.of(60_000_000), codes.accept(RFC_KEY, spaced, 60_000_000, 0));
  }

  @Test
  void theEnrolmentAddressNamesTheIssuerAndThePoliceNumber() {
    String uri = TotpCodes.enrolmentUri(RFC_KEY, "150028");
    assertTrue(uri.startsWith("otpauth://totp/"), uri);
    assertTrue(uri.contains("secret=" + RFC_KEY) && uri.contains("issuer=Constable"), uri);
    assertTrue(
        uri.contains("150028") && uri.contains("period=30") && uri.contains("digits=6"), uri);
  }
}
