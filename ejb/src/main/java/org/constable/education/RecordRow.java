package org.constable.education;

import java.io.Serializable;
import java.time.LocalDate;
import org.constable.personnel.Education;

/** An education record as the pages show it. */
public record RecordRow(
    long id,
    Education level,
    String school,
    String major,
    StudyMode studyMode,
    LocalDate startedOn,
    LocalDate graduatedOn,
    String diplomaNumber,
    String degree,
    String degreeNumber,
    long version)
    implements Serializable {}
