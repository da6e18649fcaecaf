package org.constable.training;

import java.io.Serializable;
import java.math.BigDecimal;

/** A course as HR fills in its form. */
public record CourseInput(
    String nameZh,
    String nameEn,
    String categoryCode,
    int halfDays,
    OrganiserLevel level,
    boolean exam,
    BigDecimal passMark,
    boolean active)
    implements Serializable {}
