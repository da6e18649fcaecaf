package org.constable.education;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An upgrade enrolment as the pages show it. */
public record EnrolmentRow(
    long id,
    long officerId,
    Programme programme,
    String school,
    String major,
    StudyMode studyMode,
    LocalDate startedOn,
    LocalDate plannedEnd,
    BigDecimal tuition,
    Outcome outcome,
    LocalDate outcomeOn,
    long version)
    implements Serializable {}
