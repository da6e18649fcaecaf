package org.constable.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.constable.platform.KeyFile;

/**
 * The key that seals the second factors' secrets: {@code -Dconstable.seal.key} (Base64 of 32 bytes,
 * the same on every node), or else one generated at first start ({@code constable/secret-seal.key}
 * in the server's data directory). Lose it and every account enrols its second factor again (the
 * security administrator resets them).
 */
@ApplicationScoped
public class SealKey {

  static final String PROPERTY = "constable.seal.key";

  private volatile SecretSeal seal;

  SecretSeal seal() {
    SecretSeal known = seal;
    if (known == null) {
      synchronized (this) {
        if (seal == null) {
          seal = new SecretSeal(KeyFile.load(PROPERTY, "secret-seal.key"));
        }
        known = seal;
      }
    }
    return known;
  }
}
