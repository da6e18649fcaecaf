package org.constable.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretSealTest {

  private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  private final SecretSeal seal = new SecretSeal(key(1));

  @Test
  void aSealedSecretOpensToItselfAndHidesIt() {
    String sealed = seal.seal(SECRET);
    assertTrue(sealed.startsWith("v1:"), sealed);
    assertFalse(sealed.contains(SECRET));
    assertTrue(sealed.length() <= 200, "fits the column: " + sealed.length());
    assertEquals(SECRET, seal.open(sealed));
    assertNotEquals(sealed, seal.seal(SECRET), "a fresh nonce each time");
  }

  @Test
  void anotherKeyOrAnEditedValueDoesNotOpen() {
    String sealed = seal.seal(SECRET);
    assertThrows(IllegalStateException.class, () -> new SecretSeal(key(2)).open(sealed));
    byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
    raw[raw.length - 1] ^= 1;
    String edited = "v1:" + Base64.getEncoder().encodeToString(raw);
    assertThrows(IllegalStateException.class, () -> seal.open(edited));
  }

  @Test
  void aSecretStoredBeforeSealingIsReadAsItIsAndNothingStaysNothing() {
    assertEquals(SECRET, seal.open(SECRET));
    assertNull(seal.open(null));
    assertNull(seal.seal(null));
  }

  @Test
  void theKeyHasThirtyTwoBytes() {
    assertThrows(IllegalArgumentException.class, () -> new SecretSeal(new byte[16]));
  }

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
