package org.constable.training;

import java.io.Serializable;
import java.math.BigDecimal;

/** A course as lists and forms show it. */
public record CourseRow(
    long id,
    String nameZh,
    String nameEn,
    String categoryCode,
    int halfDays,
    OrganiserLevel level,
    boolean exam,
    BigDecimal passMark,
    boolean active,
    long version)
    implements Serializable {

  static CourseRow of(Course c) {
    return new CourseRow(
        c.getId(),
        c.getNameZh(),
        c.getNameEn(),
        c.getCategoryCode(),
        c.getHalfDays(),
        c.getLevel(),
        c.hasExam(),
        c.getPassMark(),
        c.isActive(),
        c.getVersion());
  }

  public String days() {
    return HalfDays.format(halfDays);
  }

  public String name(java.util.Locale locale) {
    return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
  }
}
