package org.constable.demo.personnel;

/**
 * The workforce figures of the Bayannur plans (attachment 3, section 三), stated for its force of
 * 2,975 active police officers and scaled, with rounding, to any other size.
 */
record ForceTargets(
    int police,
    int upTo30,
    int from51,
    long ageSum,
    int highSchoolOrBelow,
    int recentRecruits,
    int notFrontLine,
    int civilians,
    int auxiliaries,
    int retired,
    int transferredOut) {

  static final int REFERENCE_FORCE = 2975;

  static ForceTargets forPolice(int police) {
    return new ForceTargets(
        police,
        scaled(police, 175),
        scaled(police, 463),
        Math.round(police * 451 / 10.0), // average age 45.1
        scaled(police, 601),
        scaled(police, 98),
        (int) Math.round(police / 10.0), // front line about 90%
        scaled(police, 150),
        scaled(police, 500),
        scaled(police, 45),
        scaled(police, 15));
  }

  private static int scaled(int police, int atReference) {
    return (int) Math.round((double) police * atReference / REFERENCE_FORCE);
  }
}
