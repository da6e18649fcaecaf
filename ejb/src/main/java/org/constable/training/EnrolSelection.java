package org.constable.training;

/** Whom of a unit (and a police line) HR enrols at once. */
public enum EnrolSelection {
  /** Every serving member. */
  EVERYONE,
  /** Those who will fall short of the year's quota. */
  SHORT_OF_QUOTA,
  /** Those overdue for centralised rotation, or due this year, the longest waiting first. */
  DUE_FOR_ROTATION
}
