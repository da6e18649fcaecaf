package org.constable.personnel.demo;

import java.util.SplittableRandom;

/**
 * The exact age structure of the active police force, drawn without replacement. Every officer
 * takes a cell (an age in full years and whether it is a recent recruit, at high school level or
 * below, or neither) from a fixed table whose totals are the targets, so the figures come out
 * exactly in whatever order units draw. Leaders and legal officers draw only from cells that suit
 * them.
 */
final class AgePlan {

  static final int YOUNGEST = 22;
  static final int OLDEST = 59;

  enum Kind {
    /** Recruited (招录) within the last ten years. */
    RECENT_RECRUIT,
    HIGH_SCHOOL_OR_BELOW,
    OTHER
  }

  enum Restriction {
    NONE,
    AT_LEAST_ASSOCIATE,
    /** At least 35, at least associate degree, not a recent recruit. */
    LEADER
  }

  record Cell(int age, Kind kind) {}

  private static final double[] UP_TO_30 = {1, 2, 3, 3, 3, 3, 3, 3, 3};
  private static final double[] FROM_31_TO_50 = {
    0.7, 0.7, 1, 1.1, 1.4, 1.7, 2.1, 2.8, 3.5, 4.2, 7.6, 9.2, 10.8, 12, 12.6, 13.2, 13.8, 13.8,
    13.4, 12.4
  };
  private static final double[] FROM_51 = {7, 7, 7, 6, 6, 5, 4, 3, 2};
  private static final int NEWEST_RECRUIT_AGE = 22;
  private static final double[] RECRUIT_BY_AGE = {
    1, 2, 3, 3, 3, 3, 3, 3, 3, 2.5, 2, 1.5, 1.2, 1, 0.8, 0.5
  };

  private final int[][] remaining = new int[OLDEST - YOUNGEST + 1][Kind.values().length];

  AgePlan(ForceTargets targets) {
    int[] ages = ageHistogram(targets);
    int[] recruits = recruitsByAge(ages, targets.recentRecruits());
    int[] lowEducation = highSchoolOrBelowByAge(ages, recruits, targets.highSchoolOrBelow());
    for (int i = 0; i < ages.length; i++) {
      remaining[i][Kind.RECENT_RECRUIT.ordinal()] = recruits[i];
      remaining[i][Kind.HIGH_SCHOOL_OR_BELOW.ordinal()] = lowEducation[i];
      remaining[i][Kind.OTHER.ordinal()] = ages[i] - recruits[i] - lowEducation[i];
    }
  }

  /** The oldest age a recent recruit can have: joined at 22 at the latest nine years ago. */
  static int oldestRecruitAge() {
    return NEWEST_RECRUIT_AGE + RECRUIT_BY_AGE.length - 1;
  }

  Cell draw(SplittableRandom random, Restriction restriction) {
    long eligible = count(restriction);
    if (eligible == 0) {
      restriction = Restriction.NONE;
      eligible = count(restriction);
    }
    if (eligible == 0) {
      throw new IllegalStateException("more officers drawn than planned");
    }
    long pick = random.nextLong(eligible);
    for (int i = 0; i < remaining.length; i++) {
      for (Kind kind : Kind.values()) {
        if (allows(restriction, YOUNGEST + i, kind)) {
          pick -= remaining[i][kind.ordinal()];
          if (pick < 0) {
            remaining[i][kind.ordinal()]--;
            return new Cell(YOUNGEST + i, kind);
          }
        }
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private long count(Restriction restriction) {
    long total = 0;
    for (int i = 0; i < remaining.length; i++) {
      for (Kind kind : Kind.values()) {
        if (allows(restriction, YOUNGEST + i, kind)) {
          total += remaining[i][kind.ordinal()];
        }
      }
    }
    return total;
  }

  private static boolean allows(Restriction restriction, int age, Kind kind) {
    return switch (restriction) {
      case NONE -> true;
      case AT_LEAST_ASSOCIATE -> kind != Kind.HIGH_SCHOOL_OR_BELOW;
      case LEADER -> kind == Kind.OTHER && age >= 35;
    };
  }

  static int[] ageHistogram(ForceTargets targets) {
    int middle = targets.police() - targets.upTo30() - targets.from51();
    int[] ages = new int[OLDEST - YOUNGEST + 1];
    place(ages, 22, Apportionment.divide(targets.upTo30(), UP_TO_30));
    place(ages, 31, Apportionment.divide(middle, FROM_31_TO_50));
    place(ages, 51, Apportionment.divide(targets.from51(), FROM_51));
    shiftTowardsSum(ages, targets.ageSum());
    return ages;
  }

  private static void place(int[] ages, int firstAge, int[] counts) {
    System.arraycopy(counts, 0, ages, firstAge - YOUNGEST, counts.length);
  }

  /**
   * Moves officers one year at a time inside the 31-50 band, cycling over its ages, until the sum
   * of ages (hence the average) is the target; the band counts do not change.
   */
  private static void shiftTowardsSum(int[] ages, long targetSum) {
    long sum = 0;
    for (int i = 0; i < ages.length; i++) {
      sum += (long) ages[i] * (YOUNGEST + i);
    }
    int low = 31 - YOUNGEST;
    int high = 50 - YOUNGEST;
    int cursor = 0;
    int idle = 0;
    while (sum != targetSum && idle <= high - low) {
      int step = sum < targetSum ? 1 : -1;
      int from = step > 0 ? low + cursor : high - cursor;
      cursor = (cursor + 1) % (high - low);
      if (ages[from] == 0) {
        idle++;
        continue;
      }
      idle = 0;
      ages[from]--;
      ages[from + step]++;
      sum += step;
    }
  }

  private static int[] recruitsByAge(int[] ages, int recruits) {
    double[] weights = new double[ages.length];
    int[] caps = new int[ages.length];
    for (int k = 0; k < RECRUIT_BY_AGE.length; k++) {
      int i = NEWEST_RECRUIT_AGE + k - YOUNGEST;
      weights[i] = RECRUIT_BY_AGE[k] * ages[i];
      caps[i] = ages[i];
    }
    return Apportionment.divide(recruits, weights, new int[ages.length], caps);
  }

  private static int[] highSchoolOrBelowByAge(int[] ages, int[] recruits, int total) {
    double[] weights = new double[ages.length];
    int[] caps = new int[ages.length];
    for (int i = 0; i < ages.length; i++) {
      caps[i] = ages[i] - recruits[i];
      weights[i] = lowEducationShare(YOUNGEST + i) * caps[i];
    }
    return Apportionment.divide(total, weights, new int[ages.length], caps);
  }

  // Older officers joined when a high-school diploma was the norm.
  private static double lowEducationShare(int age) {
    if (age <= 30) {
      return 0;
    }
    if (age <= 40) {
      return age <= 35 ? 0.03 : 0.06;
    }
    if (age <= 50) {
      return age <= 45 ? 0.16 : 0.24;
    }
    return age <= 55 ? 0.42 : 0.5;
  }
}
