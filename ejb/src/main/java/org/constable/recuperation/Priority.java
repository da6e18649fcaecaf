package org.constable.recuperation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * How the rules rank an officer for a recuperation group, first to last: one who has not been
 * within the interval (parameter {@code leave.recuperation.intervalYears}) before one who has; then
 * one with a chronic condition found by its last two years' checks, if it consented that this
 * counts; then more years of front-line service (police service by calendar year, for an officer
 * now in a front-line post; none otherwise); then the older; then by police number.
 *
 * @param lastStay the end of its last attended stay, or null
 */
public record Priority(
    boolean recentStay,
    boolean healthReason,
    int frontYears,
    LocalDate birthDate,
    String policeNumber,
    LocalDate lastStay)
    implements Serializable {

  public static final Comparator<Priority> ORDER =
      Comparator.comparing(Priority::recentStay)
          .thenComparing(Priority::healthReason, Comparator.reverseOrder())
          .thenComparing(Priority::frontYears, Comparator.reverseOrder())
          .thenComparing(Priority::birthDate)
          .thenComparing(Priority::policeNumber);

  /** Front-line years as the rule counts them on the group's first day. */
  public static int frontYears(boolean frontLine, LocalDate policeJoinDate, LocalDate on) {
    if (!frontLine || policeJoinDate == null || policeJoinDate.isAfter(on)) {
      return 0;
    }
    return on.getYear() - policeJoinDate.getYear();
  }

  /** Whether a stay that ended on {@code lastStay} is within the interval before {@code from}. */
  public static boolean recent(LocalDate lastStay, LocalDate from, int intervalYears) {
    return lastStay != null && !lastStay.isBefore(from.minusYears(intervalYears));
  }
}
