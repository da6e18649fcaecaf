package org.constable.training;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;

/**
 * 每年15个工作日: the training an officer owes in a calendar year. One who joins or leaves during the
 * year owes the quota in proportion to its calendar days on the force, rounded down to the half day
 * (the officer is not held to a part of a half day it could not attend).
 */
public record QuotaRule(int quotaDays) {

  /**
   * @param joined the first day on the force (police join date, else first employment)
   * @param left the last day on the force, or null while serving
   */
  public int owedHalfDays(int year, LocalDate joined, LocalDate left) {
    LocalDate first = Year.of(year).atDay(1);
    LocalDate last = Year.of(year).atMonth(12).atEndOfMonth();
    LocalDate from = joined == null || joined.isBefore(first) ? first : joined;
    LocalDate to = left == null || left.isAfter(last) ? last : left;
    if (to.isBefore(from)) {
      return 0;
    }
    long served = ChronoUnit.DAYS.between(from, to) + 1;
    long yearDays = Year.of(year).length();
    return (int) (2L * quotaDays * served / yearDays);
  }

  /** Joining before {@code until} (and after the band before it) means owing {@code halfDays}. */
  public record Band(LocalDate until, int halfDays) {}

  /**
   * The owed half days of a serving officer as steps by join date, earliest first; one who joins on
   * or after the last band's date owes nothing that year. Lets the database apply the rule.
   */
  public java.util.List<Band> bands(int year) {
    var bands = new java.util.ArrayList<Band>();
    LocalDate day = Year.of(year).atDay(1);
    int current = owedHalfDays(year, day, null);
    for (LocalDate d = day.plusDays(1); d.getYear() == year; d = d.plusDays(1)) {
      int owed = owedHalfDays(year, d, null);
      if (owed != current) {
        bands.add(new Band(d, current));
        current = owed;
      }
    }
    bands.add(new Band(Year.of(year + 1).atDay(1), current));
    return bands;
  }

  /** {@link #bands} as a SQL CASE on a join-date column (date literals: no parameters to bind). */
  public String owedSql(int year, String joinedColumn) {
    var sql =
        new StringBuilder("CASE WHEN ")
            .append(joinedColumn)
            .append(" IS NULL THEN ")
            .append(2 * quotaDays);
    for (Band band : bands(year)) {
      sql.append(" WHEN ")
          .append(joinedColumn)
          .append(" < DATE '")
          .append(band.until())
          .append("' THEN ")
          .append(band.halfDays());
    }
    return sql.append(" ELSE 0 END").toString();
  }

  /** Half days still missing; none when the credit covers what is owed. */
  public static int shortfall(int owedHalfDays, long creditedHalfDays) {
    return (int) Math.max(0, owedHalfDays - creditedHalfDays);
  }
}
