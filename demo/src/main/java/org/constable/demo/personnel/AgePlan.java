package org.constable.demo.personnel;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The exact age structure of the active police force, drawn without replacement. Every officer
 * takes a cell (an age in full years and whether it is a recent recruit, at high school level or
 * below, or neither) from a fixed table whose totals are the targets, so the figures come out
 * exactly in whatever order units draw. Recent recruits also take the year they joined from a plan
 * that spreads them evenly over the ten years. Leaders and legal officers draw only from cells that
 * suit them, and enough cells are held back for the leaders still to come.
 */
final class AgePlan {

  private static final int YOUNGEST = 22;
  private static final int OLDEST = 59;

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

  /** {@code recruitedYearsAgo} is 0 to 9 for a recent recruit, -1 otherwise. */
  record Cell(int age, Kind kind, int recruitedYearsAgo) {

    static Cell of(int age, Kind kind) {
      return new Cell(age, kind, -1);
    }
  }

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

  private static final int RECRUITMENT_YEARS = 10;

  private final int[][] remaining = new int[OLDEST - YOUNGEST + 1][Kind.values().length];
  private final int[][] recruitYears = new int[OLDEST - YOUNGEST + 1][RECRUITMENT_YEARS];
  private int leadersLeft;

  AgePlan(ForceTargets targets, int leaders) {
    int[] ages = ageHistogram(targets);
    int[] recruits = recruitsByAge(ages, targets.recentRecruits());
    int[] lowEducation = highSchoolOrBelowByAge(ages, recruits, targets.highSchoolOrBelow());
    for (int i = 0; i < ages.length; i++) {
      remaining[i][Kind.RECENT_RECRUIT.ordinal()] = recruits[i];
      remaining[i][Kind.HIGH_SCHOOL_OR_BELOW.ordinal()] = lowEducation[i];
      remaining[i][Kind.OTHER.ordinal()] = ages[i] - recruits[i] - lowEducation[i];
    }
    planRecruitmentYears(recruits, targets.recentRecruits());
    this.leadersLeft = leaders;
  }

  /**
   * Gives each year an equal share of the recruits, youngest recruits first, each to the earliest
   * year that its age allows (joined at 22 to 28) and that still has room.
   */
  private void planRecruitmentYears(int[] recruits, int total) {
    double[] equal = new double[RECRUITMENT_YEARS];
    Arrays.fill(equal, 1);
    int[] room = Apportionment.divide(total, equal);
    for (int i = 0; i < recruits.length; i++) {
      int age = YOUNGEST + i;
      int earliest = Math.max(0, age - 28);
      int latest = Math.min(RECRUITMENT_YEARS - 1, age - 22);
      for (int j = 0; j < recruits[i]; j++) {
        int year = earliest + j % (latest - earliest + 1);
        for (int k = earliest; k <= latest; k++) {
          if (room[k] > 0) {
            year = k;
            break;
          }
        }
        room[year]--;
        recruitYears[i][year]++;
      }
    }
  }

  Cell draw(SplittableRandom random, Restriction restriction) {
    boolean leader = restriction == Restriction.LEADER;
    boolean holdBack = !leader && count(Restriction.LEADER, false) <= leadersLeft;
    Restriction[] fallbacks = {restriction, Restriction.AT_LEAST_ASSOCIATE, Restriction.NONE};
    for (Restriction tried : fallbacks) {
      for (boolean held : new boolean[] {holdBack, false}) {
        long eligible = count(tried, held);
        if (eligible > 0) {
          if (leader) {
            leadersLeft--;
          }
          return take(random.nextLong(eligible), tried, held, random);
        }
      }
    }
    throw new IllegalStateException("more officers drawn than planned");
  }

  private Cell take(long pick, Restriction restriction, boolean holdBack, SplittableRandom random) {
    for (int i = 0; i < remaining.length; i++) {
      for (Kind kind : Kind.values()) {
        if (allows(restriction, holdBack, YOUNGEST + i, kind)) {
          pick -= remaining[i][kind.ordinal()];
          if (pick < 0) {
            return take(i, kind, random);
          }
        }
      }
    }
    throw new IllegalStateException("unreachable");
  }

  private Cell take(int i, Kind kind, SplittableRandom random) {
    if (kind != Kind.RECENT_RECRUIT) {
      remaining[i][kind.ordinal()]--;
      return Cell.of(YOUNGEST + i, kind);
    }
    int[] years = recruitYears[i];
    int pick = random.nextInt(remaining[i][kind.ordinal()]--);
    for (int year = 0; ; year++) {
      pick -= years[year];
      if (pick < 0) {
        years[year]--;
        return new Cell(YOUNGEST + i, kind, year);
      }
    }
  }

  private long count(Restriction restriction, boolean holdBack) {
    long total = 0;
    for (int i = 0; i < remaining.length; i++) {
      for (Kind kind : Kind.values()) {
        if (allows(restriction, holdBack, YOUNGEST + i, kind)) {
          total += remaining[i][kind.ordinal()];
        }
      }
    }
    return total;
  }

  private static boolean allows(Restriction restriction, boolean holdBack, int age, Kind kind) {
    boolean forLeaders = isForLeaders(age, kind);
    return switch (restriction) {
      case NONE -> !(holdBack && forLeaders);
      case AT_LEAST_ASSOCIATE -> kind != Kind.HIGH_SCHOOL_OR_BELOW && !(holdBack && forLeaders);
      case LEADER -> forLeaders;
    };
  }

  private static boolean isForLeaders(int age, Kind kind) {
    return kind == Kind.OTHER && age >= 35;
  }

  private static int[] ageHistogram(ForceTargets targets) {
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
