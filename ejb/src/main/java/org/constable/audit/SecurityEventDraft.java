package org.constable.audit;

import org.constable.platform.RequestOrigin;

/**
 * A security event as raised, before the log gives it its place in the chain. The actor and the
 * client address are taken when it is raised, on the thread of the request.
 */
public record SecurityEventDraft(
    String actor,
    String clientAddress,
    SecurityEventType type,
    SecurityOutcome outcome,
    Long officerId,
    String detail) {

  static final int MAX_DETAIL = 1000;
  static final int MAX_ACTOR = 40;
  static final int MAX_ADDRESS = 45;

  /** Empty text is stored as NULL (Oracle, and H2 in Oracle mode): the digest must see the same. */
  public SecurityEventDraft {
    actor = cut(actor, MAX_ACTOR);
    detail = cut(detail, MAX_DETAIL);
    clientAddress = cut(clientAddress, MAX_ADDRESS);
  }

  /** An event of the caller named, from the address of the current request. */
  public static SecurityEventDraft of(
      String actor,
      SecurityEventType type,
      SecurityOutcome outcome,
      Long officerId,
      String detail) {
    return new SecurityEventDraft(actor, RequestOrigin.address(), type, outcome, officerId, detail);
  }

  private static String cut(String text, int max) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    return text.length() <= max ? text : text.substring(0, max);
  }
}
