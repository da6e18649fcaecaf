package org.constable.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a secret the server must read back (a TOTP key) with AES-256-GCM under a key kept out of
 * the database, so that a copy of the tables holds no usable second factor. A sealed value reads
 * {@code v1:} and the Base64 of nonce and ciphertext; a value without the prefix was stored before
 * sealing and is read as it is.
 */
final class SecretSeal {

  private static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeySpec key;
  private final SecureRandom random = new SecureRandom();

  SecretSeal(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("The seal key has 32 bytes, not " + key.length);
    }
    this.key = new SecretKeySpec(key, "AES");
  }

  String seal(String secret) {
    if (secret == null) {
      return null;
    }
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, nonce, secret.getBytes(StandardCharsets.UTF_8));
    byte[] out = new byte[NONCE_BYTES + sealed.length];
    System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
    System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
    return PREFIX + Base64.getEncoder().encodeToString(out);
  }

  /** The secret; a tampered value or one sealed under another key fails. */
  String open(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      return stored;
    }
    byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
    byte[] nonce = java.util.Arrays.copyOf(in, NONCE_BYTES);
    byte[] sealed = java.util.Arrays.copyOfRange(in, NONCE_BYTES, in.length);
    return new String(cipher(Cipher.DECRYPT_MODE, nonce, sealed), StandardCharsets.UTF_8);
  }

  private byte[] cipher(int mode, byte[] nonce, byte[] data) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      return cipher.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("The sealed secret cannot be opened with this key", e);
    }
  }
}
