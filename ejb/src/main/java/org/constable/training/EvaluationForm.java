package org.constable.training;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** A session the trainee may rate, with the instructors to rate. */
public record EvaluationForm(
    long sessionId,
    String courseZh,
    String courseEn,
    LocalDate startDate,
    LocalDate endDate,
    List<Teacher> instructors)
    implements Serializable {

  public EvaluationForm {
    instructors = List.copyOf(instructors);
  }

  public String course(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? courseZh : courseEn;
  }

  public record Teacher(long instructorId, String name, String speciality)
      implements Serializable {}
}
