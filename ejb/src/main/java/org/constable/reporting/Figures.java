package org.constable.reporting;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The headline figures of the active police officers of a unit and everything beneath it on a day:
 * how many, their average age in full years, the age bands, how many have high school or secondary
 * education or below, how many serve on the front line and how many were recruited (招录) within the
 * ten years up to the day.
 */
public record Figures(
    long officers,
    BigDecimal averageAge,
    Share upTo30,
    Share from31To40,
    Share from41To50,
    Share from51,
    Share highSchoolOrBelow,
    Share frontLine,
    long recentRecruits)
    implements Serializable {}
