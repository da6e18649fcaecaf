package org.constable.personnel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The officers behind one figure of the workforce statistics, as a part of {@link OfficerFilter}:
 * those who had joined the police by a day, narrowed by birth dates (an age band on that day),
 * education levels, a rank or a grade. Every narrowing is optional.
 *
 * @param joinedBy the day of the figures: officers without a police join date, or who joined by it
 * @param bornAfter exclusive; null for no lower bound
 * @param bornOnOrBefore inclusive; null for no upper bound
 * @param educations any of these levels; empty for any
 */
public record OfficerGroup(
    LocalDate joinedBy,
    LocalDate bornAfter,
    LocalDate bornOnOrBefore,
    List<Education> educations,
    String rankCode,
    String gradeCode)
    implements Serializable {

  public OfficerGroup {
    educations = educations == null ? List.of() : List.copyOf(educations);
  }

  /** Everyone counted on that day. */
  public static OfficerGroup on(LocalDate day) {
    return new OfficerGroup(day, null, null, List.of(), null, null);
  }

  public OfficerGroup bornBetween(LocalDate after, LocalDate onOrBefore) {
    return new OfficerGroup(joinedBy, after, onOrBefore, educations, rankCode, gradeCode);
  }

  public OfficerGroup withEducations(List<Education> levels) {
    return new OfficerGroup(joinedBy, bornAfter, bornOnOrBefore, levels, rankCode, gradeCode);
  }

  public OfficerGroup withRank(String code) {
    return new OfficerGroup(joinedBy, bornAfter, bornOnOrBefore, educations, code, gradeCode);
  }

  public OfficerGroup withGrade(String code) {
    return new OfficerGroup(joinedBy, bornAfter, bornOnOrBefore, educations, rankCode, code);
  }
}
