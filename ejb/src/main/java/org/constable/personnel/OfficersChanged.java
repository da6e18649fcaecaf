package org.constable.personnel;

import java.util.List;

/**
 * Fired inside the transaction, after the flush, whenever officers are added or their records may
 * have changed (a unit, a status, a category, a date). Capabilities that keep figures derived from
 * the register in their own tables observe it and bring them into step in the same transaction.
 */
public record OfficersChanged(List<Long> officerIds) {

  public static OfficersChanged of(long officerId) {
    return new OfficersChanged(List.of(officerId));
  }
}
