package org.constable.audit;

/** How an import ended: saved whole, refused with its errors, or cancelled after the preview. */
public enum ImportOutcome {
  ACCEPTED,
  REFUSED,
  CANCELLED
}
