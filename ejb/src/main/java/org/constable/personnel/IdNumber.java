package org.constable.personnel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An 18-character PRC resident identity number (GB 11643-1999): a 6-digit region code, the birth
 * date as yyyyMMdd, a 3-digit sequence whose last digit is odd for men and even for women, and an
 * ISO 7064 MOD 11-2 check character (0-9 or X).
 *
 * <p>{@link #toString()} returns the masked form so that the number does not leak into logs; use
 * {@link #value()} to store it.
 */
public final class IdNumber {

  public static final String BLANK = "personnel.idNumber.blank";
  public static final String FORMAT = "personnel.idNumber.format";
  public static final String BIRTH_DATE = "personnel.idNumber.birthDate";
  public static final String BIRTH_DATE_IN_FUTURE = "personnel.idNumber.birthDateInFuture";
  public static final String CHECKSUM = "personnel.idNumber.checksum";

  private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK_CHARACTERS = "10X98765432";
  private static final DateTimeFormatter BIRTH_DATE_FORMAT =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  // The standard's century digits cover people born from 1800 on.
  private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1800, 1, 1);

  private final String value;
  private final LocalDate birthDate;

  private IdNumber(String value, LocalDate birthDate) {
    this.value = value;
    this.birthDate = birthDate;
  }

  /**
   * Validates shape, birth date and check character; surrounding blanks are ignored and a lowercase
   * x is read as X.
   *
   * @throws InvalidValueException with one of the keys {@link #BLANK}, {@link #FORMAT}, {@link
   *     #BIRTH_DATE}, {@link #CHECKSUM}
   */
  public static IdNumber of(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(BLANK);
    }
    String candidate = text.strip().toUpperCase(Locale.ROOT);
    if (!SHAPE.matcher(candidate).matches()) {
      throw new InvalidValueException(FORMAT);
    }
    String digits = candidate.substring(6, 14);
    LocalDate birthDate = parseBirthDate(digits);
    if (candidate.charAt(17) != checkCharacter(candidate.substring(0, 17))) {
      throw new InvalidValueException(CHECKSUM);
    }
    return new IdNumber(candidate, birthDate);
  }

  /**
   * As {@link #of(String)}, and also rejects a birth date after {@code today} with {@link
   * #BIRTH_DATE_IN_FUTURE}.
   */
  public static IdNumber of(String text, LocalDate today) {
    IdNumber idNumber = of(text);
    if (idNumber.birthDate.isAfter(today)) {
      throw new InvalidValueException(BIRTH_DATE_IN_FUTURE, idNumber.birthDate);
    }
    return idNumber;
  }

  /** Completes the first 17 digits with their check character. */
  public static IdNumber withCheckDigit(String first17) {
    if (first17 == null || first17.isBlank()) {
      throw new InvalidValueException(BLANK);
    }
    if (!first17.matches("\\d{17}")) {
      throw new InvalidValueException(FORMAT);
    }
    return of(first17 + checkCharacter(first17));
  }

  private static LocalDate parseBirthDate(String digits) {
    LocalDate date;
    try {
      date = LocalDate.parse(digits, BIRTH_DATE_FORMAT);
    } catch (DateTimeException e) {
      throw new InvalidValueException(BIRTH_DATE, digits);
    }
    if (date.isBefore(EARLIEST_BIRTH_DATE)) {
      throw new InvalidValueException(BIRTH_DATE, digits);
    }
    return date;
  }

  private static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_CHARACTERS.charAt(sum % 11);
  }

  public String value() {
    return value;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  /** From the 17th digit: odd for men, even for women. */
  public Gender gender() {
    return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
  }

  /** The administrative division of first registration, e.g. 150802 for Linhe District. */
  public String regionCode() {
    return value.substring(0, 6);
  }

  /**
   * The province digits and sixteen asterisks. Pages show the birth date and gender beside it, so
   * the mask hides the region and sequence digits too: what is left matches some hundred thousand
   * valid numbers.
   */
  public String masked() {
    return masked(value);
  }

  /** The mask of a stored number, without checking it again. */
  public static String masked(String value) {
    return value.substring(0, 2) + "*".repeat(16);
  }

  /** Whether {@code text} is a mask (as the edit form carries it) rather than a number. */
  public static boolean isMask(String text) {
    return text != null && text.trim().length() == 18 && text.trim().endsWith("*".repeat(16));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return masked();
  }
}
