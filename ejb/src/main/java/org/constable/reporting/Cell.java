package org.constable.reporting;

/**
 * The officers placed in one unit who share an education level, rank and grade and, for those
 * recruited within the ten-year window, the year they joined (else null): the finest grouping the
 * dashboard needs, with their tally. Every block sums cells.
 */
record Cell(
    String unitPath,
    String education,
    String rankCode,
    String gradeCode,
    Integer recruitYear,
    Tally tally) {}
