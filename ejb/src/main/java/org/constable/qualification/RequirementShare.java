package org.constable.qualification;

/**
 * Whether a share of holders meets a requirement's target, in whole numbers: 1 of 5 meets 20%, 1 of
 * 6 does not. With no one subject to it, a requirement is met (there is no one to fall short).
 */
public final class RequirementShare {

  private RequirementShare() {}

  public static boolean meets(long subjects, long holders, int targetPercent) {
    return holders * 100 >= (long) targetPercent * subjects;
  }

  /** How many more must hold it to meet the target. */
  public static long missing(long subjects, long holders, int targetPercent) {
    long needed = ((long) targetPercent * subjects + 99) / 100;
    return Math.max(0, needed - holders);
  }
}
