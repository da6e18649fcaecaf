package org.constable.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.constable.platform.BusinessException;
import org.constable.platform.TypedDates;

/**
 * The query parameters an API client types: a bad date or number is a 400 problem in the caller's
 * language, never a server error. Dates are bounded ({@link TypedDates#isPlausible}).
 */
final class QueryParams {

  private QueryParams() {}

  /** The date, {@code ifMissing} when there is none, or 400. */
  static LocalDate date(String name, String value, LocalDate ifMissing) {
    if (value == null || value.isBlank()) {
      return ifMissing;
    }
    try {
      LocalDate day = LocalDate.parse(value.strip());
      if (TypedDates.isPlausible(day)) {
        return day;
      }
    } catch (DateTimeParseException e) {
      // the same refusal as a date out of range
    }
    throw new BusinessException(
        "error.badDate", name, value, TypedDates.EARLIEST, TypedDates.LATEST);
  }

  /** The number, null when there is none, or 400. */
  static Long id(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new BusinessException("error.badNumber", name, value);
    }
  }

  /** A whole number, {@code ifMissing} when there is none, or 400. */
  static int integer(String name, String value, int ifMissing) {
    Long number = id(name, value);
    if (number == null) {
      return ifMissing;
    }
    if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
      throw new BusinessException("error.badNumber", name, value);
    }
    return number.intValue();
  }

  /** The constant the value names, null when there is none, or 400 with the message {@code key}. */
  static <E extends Enum<E>> E constant(
      String key, String name, String value, Function<String, E> of) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return of.apply(value.strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException(key, name, value);
    }
  }
}
