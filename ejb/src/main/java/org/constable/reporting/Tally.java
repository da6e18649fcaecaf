package org.constable.reporting;

import java.time.LocalDate;

/**
 * The sums a query takes over a group of officers, from which {@link Figures} follow. Sums add up,
 * so the tallies of units add up to the tally of the unit above them.
 */
record Tally(
    long officers,
    long birthYearSum,
    long birthdaysStillAhead,
    long upTo30,
    long from31To40,
    long from41To50,
    long from51,
    long highSchoolOrBelow,
    long frontLine,
    long recentRecruits) {

  static final Tally NONE = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  Tally plus(Tally other) {
    return new Tally(
        officers + other.officers,
        birthYearSum + other.birthYearSum,
        birthdaysStillAhead + other.birthdaysStillAhead,
        upTo30 + other.upTo30,
        from31To40 + other.from31To40,
        from41To50 + other.from41To50,
        from51 + other.from51,
        highSchoolOrBelow + other.highSchoolOrBelow,
        frontLine + other.frontLine,
        recentRecruits + other.recentRecruits);
  }

  /** The figures, ages in full years on {@code asOf}, the day the sums were taken for. */
  Figures figures(LocalDate asOf) {
    long ageSum = new AgeSum(officers, birthYearSum, birthdaysStillAhead).on(asOf);
    return new Figures(
        officers,
        Percent.ratio(ageSum, officers),
        Share.of(upTo30, officers),
        Share.of(from31To40, officers),
        Share.of(from41To50, officers),
        Share.of(from51, officers),
        Share.of(highSchoolOrBelow, officers),
        Share.of(frontLine, officers),
        recentRecruits);
  }
}
