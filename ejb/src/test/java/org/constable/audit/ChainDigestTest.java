package org.constable.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChainDigestTest {

  private final ChainDigest chain =
      new ChainDigest("a key of sixteen+".getBytes(StandardCharsets.UTF_8));

  @Test
  void theSameFieldsAfterTheSameEntryGiveTheSameDigest() {
    assertEquals(
        chain.of(ChainDigest.START, 1L, "LOGIN", "150028"),
        chain.of(ChainDigest.START, 1L, "LOGIN", "150028"));
    assertEquals(64, chain.of(ChainDigest.START, 1L).length());
  }

  @Test
  void anyChangeGivesAnotherDigest() {
    String digest = chain.of(ChainDigest.START, 1L, "LOGIN", "150028");
    assertNotEquals(digest, chain.of(ChainDigest.START, 2L, "LOGIN", "150028"), "position");
    assertNotEquals(digest, chain.of(ChainDigest.START, 1L, "LOGOUT", "150028"), "a field");
    assertNotEquals(digest, chain.of("f".repeat(64), 1L, "LOGIN", "150028"), "the entry before");
    assertNotEquals(
        digest, chain.of(ChainDigest.START, 1L, "LOGIN1", "50028"), "fields run together");
    assertNotEquals(
        chain.of(ChainDigest.START, (Object) null),
        chain.of(ChainDigest.START, ""),
        "null is not empty");
    var otherKey = new ChainDigest("another key of 16".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(digest, otherKey.of(ChainDigest.START, 1L, "LOGIN", "150028"), "the key");
  }

  @Test
  void aShortKeyIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ChainDigest(new byte[15]));
  }

  @Test
  void aDraftStoresEmptyTextAsNothingAsTheDatabaseDoes() {
    var draft =
        new SecurityEventDraft("", "", SecurityEventType.LOGIN, SecurityOutcome.FAILURE, null, "");
    assertEquals(null, draft.actor());
    assertEquals(null, draft.clientAddress());
    assertEquals(null, draft.detail());
    var long1 =
        new SecurityEventDraft(
            "x".repeat(50),
            null,
            SecurityEventType.LOGIN,
            SecurityOutcome.FAILURE,
            null,
            "y".repeat(1200));
    assertEquals(40, long1.actor().length());
    assertEquals(1000, long1.detail().length());
  }
}
