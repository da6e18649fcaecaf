package org.constable.web.personnel;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.AgeBand;
import org.constable.personnel.Education;
import org.constable.personnel.OfficerGroup;
import org.constable.reporting.BirthDateRange;

/**
 * The workforce figure whose names the officer list shows (队伍结构 → 民警名册): the day of the figures and
 * at most one of an age band, an education level (or high school and below), a rank or a grade. The
 * officer list's other filters (unit, serving police) come with it as they are.
 */
public record WorkforceFigure(LocalDate asOf, Dimension dimension, String value)
    implements Serializable {

  /** The education value that stands for {@link Education#isHighSchoolOrBelow}. */
  public static final String HIGH_SCHOOL_OR_BELOW = "HIGH_SCHOOL_OR_BELOW";

  /** What a figure counts by, each with the view parameter that carries it. */
  public enum Dimension {
    AGE("age"),
    EDUCATION("education"),
    RANK("rank"),
    GRADE("grade");

    private final String parameter;

    Dimension(String parameter) {
      this.parameter = parameter;
    }

    public String parameter() {
      return parameter;
    }
  }

  /** The officers the figure counts, as the list filters them. */
  public OfficerGroup group() {
    OfficerGroup group = OfficerGroup.on(asOf);
    if (dimension == null) {
      return group;
    }
    return switch (dimension) {
      case AGE -> {
        BirthDateRange range = BirthDateRange.of(AgeBand.valueOf(value), asOf);
        yield group.bornBetween(range.bornAfter(), range.bornOnOrBefore());
      }
      case EDUCATION -> group.withEducations(educations(value));
      case RANK -> group.withRank(value);
      case GRADE -> group.withGrade(value);
    };
  }

  static boolean isEducation(String value) {
    return HIGH_SCHOOL_OR_BELOW.equals(value) || isConstant(Education.class, value);
  }

  static boolean isAgeBand(String value) {
    return isConstant(AgeBand.class, value);
  }

  private static List<Education> educations(String value) {
    if (HIGH_SCHOOL_OR_BELOW.equals(value)) {
      return java.util.Arrays.stream(Education.values())
          .filter(Education::isHighSchoolOrBelow)
          .toList();
    }
    return List.of(Education.valueOf(value));
  }

  static <E extends Enum<E>> boolean isConstant(Class<E> type, String value) {
    return java.util.Arrays.stream(type.getEnumConstants()).anyMatch(e -> e.name().equals(value));
  }
}
