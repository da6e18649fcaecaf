package org.constable.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Recruits (招录) among the active police officers over the ten years up to a day, from {@code from}
 * to {@code to} inclusive, by calendar year of joining; the first and last years are partial.
 */
public record Recruitment(LocalDate from, LocalDate to, List<RecruitYear> years, long total)
    implements Serializable {

  public static final int YEARS = 10;

  public Recruitment {
    years = List.copyOf(years);
  }

  /** The first day of the window that ends on {@code asOf}. */
  public static LocalDate firstDay(LocalDate asOf) {
    return asOf.minusYears(YEARS).plusDays(1);
  }

  static Recruitment of(LocalDate asOf, Map<Integer, Long> recruitsByYear) {
    LocalDate from = firstDay(asOf);
    List<RecruitYear> years =
        IntStream.rangeClosed(from.getYear(), asOf.getYear())
            .mapToObj(year -> new RecruitYear(year, recruitsByYear.getOrDefault(year, 0L)))
            .toList();
    return new Recruitment(
        from, asOf, years, years.stream().mapToLong(RecruitYear::recruits).sum());
  }
}
