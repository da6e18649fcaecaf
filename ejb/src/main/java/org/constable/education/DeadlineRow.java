package org.constable.education;

import java.io.Serializable;
import java.time.LocalDate;
import org.constable.personnel.Education;

/** An officer the associate deadline binds, where it stands. */
public record DeadlineRow(
    long officerId,
    String policeNumber,
    String name,
    String unitLabel,
    int age,
    String gradeCode,
    Education education,
    LocalDate deadline,
    Programme enrolledIn,
    LocalDate plannedEnd,
    DeadlineRule.Risk risk)
    implements Serializable {}
