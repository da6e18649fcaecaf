package org.constable.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a clerk types it in a spreadsheet or a form: 2020-09-01, 2020/9/1, 2020.09.01 or
 * 20200901 (a date cell reaches the parser as 2020-09-01).
 */
public final class TypedDates {

  private static final Pattern SEPARATED =
      Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");

  /** The days a report or a query may ask about: a year 9999 is a typing error, not a question. */
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private TypedDates() {}

  public static boolean isPlausible(LocalDate day) {
    return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
  }

  /** Empty when the text is not a date of the calendar (2021-02-30 is none). */
  public static Optional<LocalDate> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String typed = text.strip();
    Matcher m = SEPARATED.matcher(typed);
    if (!m.matches()) {
      m = COMPACT.matcher(typed);
      if (!m.matches()) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
