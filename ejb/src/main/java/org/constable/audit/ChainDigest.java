package org.constable.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over an entry's fields, the digest of the entry before it included. Without the key
 * (kept outside the database) nobody who can write the table can forge a digest that the check
 * accepts, and a missing entry breaks the chain at the next one.
 */
public final class ChainDigest {

  /** The digest the first entry follows. */
  public static final String START = "0".repeat(64);

  private final byte[] key;

  public ChainDigest(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("an audit key has at least 16 bytes");
    }
    this.key = key.clone();
  }

  /** The digest of the fields in order; a null field and an empty one differ. */
  public String of(String previous, Object... fields) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(previous.getBytes(StandardCharsets.UTF_8));
      for (Object field : fields) {
        // a unit separator and a marker for null: ("a", "bc") and ("ab", "c") digest differently
        mac.update((byte) 0x1f);
        if (field == null) {
          mac.update((byte) 0x00);
        } else {
          mac.update(field.toString().getBytes(StandardCharsets.UTF_8));
        }
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
