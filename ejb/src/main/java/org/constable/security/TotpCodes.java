package org.constable.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes as every authenticator app makes them (SHA-1, six digits, 30-second steps). A code
 * is accepted for the step before, the step of and the step after the time it is checked (a phone's
 * clock a little off), and only for a step later than the last one accepted: a code is good once.
 */
public final class TotpCodes {

  public static final int PERIOD_SECONDS = 30;
  static final int DIGITS = 6;
  static final int WINDOW = 1;

  private final DefaultCodeGenerator generator =
      new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

  public static long stepAt(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), PERIOD_SECONDS);
  }

  /** The code for a step, as the authenticator app shows it. */
  public String codeFor(String secret, long step) {
    try {
      return generator.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("a TOTP secret that is not Base32", e);
    }
  }

  /** The step the code belongs to, if it is good now and was not used yet. */
  public OptionalLong accept(String secret, String code, long currentStep, long lastAccepted) {
    String typed = code == null ? "" : code.replace(" ", "");
    if (!typed.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    for (long step = currentStep - WINDOW; step <= currentStep + WINDOW; step++) {
      if (step > lastAccepted && codeFor(secret, step).equals(typed)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** The otpauth:// address the QR code carries: the app shows the issuer and the police number. */
  public static String enrolmentUri(String secret, String policeNumber) {
    return new QrData.Builder()
        .label(policeNumber)
        .secret(secret)
        .issuer("Constable")
        .algorithm(HashingAlgorithm.SHA1)
        .digits(DIGITS)
        .period(PERIOD_SECONDS)
        .build()
        .getUri();
  }
}
