package org.constable.training;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** One session, with what the caller may do with it. */
public record SessionDetails(
    long id,
    long courseId,
    String courseNameZh,
    String courseNameEn,
    String categoryCode,
    boolean exam,
    BigDecimal passMark,
    String organiserCode,
    String organiserZh,
    String organiserEn,
    LocalDate startDate,
    LocalDate endDate,
    String place,
    int capacity,
    int halfDays,
    boolean retraining,
    boolean published,
    List<InstructorRef> instructors,
    List<InstructorRef> examiners,
    long enrolled,
    long version,
    boolean manages,
    boolean teaches,
    boolean examines)
    implements Serializable {

  /** An instructor named on a session. */
  public record InstructorRef(long id, String label) implements Serializable {}

  public SessionDetails {
    instructors = List.copyOf(instructors);
    examiners = List.copyOf(examiners);
  }

  public String courseName(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? courseNameZh : courseNameEn;
  }

  public String organiser(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? organiserZh : organiserEn;
  }

  public String days() {
    return HalfDays.format(halfDays);
  }

  /** The days of the session, for the roll. */
  public List<LocalDate> dates() {
    return startDate.datesUntil(endDate.plusDays(1)).toList();
  }

  /** Whether the caller may take the roll. */
  public boolean takesRoll() {
    return manages || teaches;
  }

  /** Whether the caller may enter scores now: the examiner before publication. */
  public boolean entersScores() {
    return exam && examines && !published;
  }

  /** Whether the caller may correct published scores: HR of the session. */
  public boolean correctsScores() {
    return exam && manages && published;
  }
}
