package org.constable.personnel;

import java.util.regex.Pattern;

/** A police number (警号): exactly six digits. It is also the log-in name. */
public final class PoliceNumber {

  public static final String BLANK = "personnel.policeNumber.blank";
  public static final String FORMAT = "personnel.policeNumber.format";

  private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

  private final String value;

  private PoliceNumber(String value) {
    this.value = value;
  }

  /**
   * Validates after stripping surrounding blanks.
   *
   * @throws InvalidValueException with {@link #BLANK} or {@link #FORMAT}
   */
  public static PoliceNumber of(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidValueException(BLANK);
    }
    String candidate = text.strip();
    if (!SIX_DIGITS.matcher(candidate).matches()) {
      throw new InvalidValueException(FORMAT);
    }
    return new PoliceNumber(candidate);
  }

  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PoliceNumber that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
