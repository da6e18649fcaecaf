package org.constable.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;

/** A session in a list. */
public record SessionRow(
    long id,
    String courseNameZh,
    String courseNameEn,
    String categoryCode,
    String organiserZh,
    String organiserEn,
    LocalDate startDate,
    LocalDate endDate,
    String place,
    int capacity,
    long enrolled,
    boolean retraining,
    LocalDateTime resultsPublishedAt)
    implements Serializable {

  /**
   * The JPQL select that builds it, from session {@code s}, course {@code c}, organiser {@code u}.
   */
  static final String SELECT =
      "SELECT NEW org.constable.training.SessionRow(s.id, c.nameZh, c.nameEn, c.categoryCode,"
          + " u.labelZh, u.labelEn, s.startDate, s.endDate, s.place, s.capacity,"
          + " (SELECT COUNT(e) FROM Enrolment e WHERE e.session = s), s.retraining,"
          + " s.resultsPublishedAt)"
          + " FROM TrainingSession s JOIN s.course c JOIN s.organiser u";

  public String courseName(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? courseNameZh : courseNameEn;
  }

  public String organiser(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? organiserZh : organiserEn;
  }

  public boolean published() {
    return resultsPublishedAt != null;
  }
}
