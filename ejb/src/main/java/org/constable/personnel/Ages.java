package org.constable.personnel;

import java.time.LocalDate;
import java.time.Period;

/** Age in full years, as counted in personnel statistics. */
public final class Ages {

  public static final String DAY_BEFORE_BIRTH = "personnel.age.dayBeforeBirth";

  private Ages() {}

  /**
   * Full years completed on {@code day}: a birthday falling on that day counts. Someone born on 29
   * February turns a year older on 1 March in non-leap years (the anniversary is the day after 28
   * February), as {@link Period#between} counts it.
   *
   * @throws InvalidValueException with {@link #DAY_BEFORE_BIRTH} if {@code day} precedes {@code
   *     birth}
   */
  public static int ageOn(LocalDate birth, LocalDate day) {
    if (day.isBefore(birth)) {
      throw new InvalidValueException(DAY_BEFORE_BIRTH, birth, day);
    }
    return Period.between(birth, day).getYears();
  }
}
