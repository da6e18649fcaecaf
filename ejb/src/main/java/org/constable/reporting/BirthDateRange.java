package org.constable.reporting;

import java.time.LocalDate;
import org.constable.personnel.AgeBand;

/**
 * The birth dates of those whose age in full years on a day lies in an age band, so that a query
 * can count a band by comparing dates. Someone is at least {@code n} years old on {@code day}
 * exactly when born on or before {@code day.minusYears(n)}, which agrees with {@link
 * org.constable.personnel.Ages#ageOn} for 29 February as well.
 *
 * @param bornAfter exclusive lower bound; null for none
 * @param bornOnOrBefore inclusive upper bound
 */
public record BirthDateRange(LocalDate bornAfter, LocalDate bornOnOrBefore) {

  public static BirthDateRange of(AgeBand band, LocalDate day) {
    return switch (band) {
      case UP_TO_30 -> aged(day, 0, 30);
      case FROM_31_TO_40 -> aged(day, 31, 40);
      case FROM_41_TO_50 -> aged(day, 41, 50);
      case FROM_51 -> new BirthDateRange(null, day.minusYears(51));
    };
  }

  /** Aged {@code youngest} to {@code oldest} inclusive on {@code day}. */
  private static BirthDateRange aged(LocalDate day, int youngest, int oldest) {
    return new BirthDateRange(day.minusYears(oldest + 1L), day.minusYears(youngest));
  }

  public boolean contains(LocalDate birth) {
    return (bornAfter == null || birth.isAfter(bornAfter)) && !birth.isAfter(bornOnOrBefore);
  }
}
