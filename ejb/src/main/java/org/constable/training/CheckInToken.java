package org.constable.training;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The code behind a session's check-in QR: the session and the moment it was shown, signed with the
 * server's secret, so that it cannot be made up, moved to another session or used late. It names no
 * officer: whoever scans it checks in as itself, if enrolled.
 */
public final class CheckInToken {

  /** Why a code was refused. */
  public enum Refusal {
    MALFORMED,
    EXPIRED
  }

  /** A code that was accepted: the session and when the trainer's screen showed it. */
  public record Valid(long sessionId, Instant issuedAt) {}

  private final byte[] secret;

  public CheckInToken(byte[] secret) {
    this.secret = secret.clone();
  }

  public String issue(long sessionId, Instant now) {
    String body = sessionId + "." + now.getEpochSecond();
    return body + "." + signature(body);
  }

  /**
   * The session of a code shown at most {@code validSeconds} ago.
   *
   * @throws RefusedException when it is malformed, forged or expired
   */
  public Valid verify(String token, Instant now, int validSeconds) {
    String[] parts = token == null ? new String[0] : token.strip().split("\\.");
    if (parts.length != 3) {
      throw new RefusedException(Refusal.MALFORMED);
    }
    String body = parts[0] + "." + parts[1];
    byte[] expected = signature(body).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
      throw new RefusedException(Refusal.MALFORMED);
    }
    long sessionId;
    Instant issuedAt;
    try {
      sessionId = Long.parseLong(parts[0]);
      issuedAt = Instant.ofEpochSecond(Long.parseLong(parts[1]));
    } catch (NumberFormatException e) {
      throw new RefusedException(Refusal.MALFORMED);
    }
    if (issuedAt.isAfter(now.plusSeconds(5)) || issuedAt.plusSeconds(validSeconds).isBefore(now)) {
      throw new RefusedException(Refusal.EXPIRED);
    }
    return new Valid(sessionId, issuedAt);
  }

  private String signature(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      byte[] digest = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A code that does not check anybody in. */
  public static final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Refusal refusal;

    RefusedException(Refusal refusal) {
      super(refusal.name());
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }
}
