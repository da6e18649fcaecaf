package org.constable.audit;

import java.io.Serializable;

/**
 * What the check of the audit logs found: how many entries it read, and the first that does not
 * hold ({@code brokenAt}, null when all do) with why.
 */
public record ChainCheck(long securityEvents, long changeRecords, Long brokenAt, Break reason)
    implements Serializable {

  /** Why an entry does not hold. */
  public enum Break {
    /** Its digest does not match its fields: it was edited, or written without the key. */
    DIGEST,
    /** Its position is not the one after the entry before it: entries were deleted or added. */
    GAP,
    /** The chain's head does not point at the last entry: the newest entries were deleted. */
    HEAD,
    /** A change record's digest does not match its fields. */
    CHANGE_RECORD
  }

  public boolean holds() {
    return brokenAt == null;
  }
}
