package org.constable.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.constable.personnel.UnitRow;

/**
 * Every block of the workforce dashboard for one unit on one day. {@code parentInScope} is the id
 * of the unit's parent if the caller may see it, else null.
 */
public record WorkforceReport(
    LocalDate asOf,
    UnitRow unit,
    Long parentInScope,
    Figures figures,
    AgeStructure age,
    EducationStructure education,
    List<Bucket> ranks,
    List<Bucket> grades,
    Recruitment recruits,
    FrontLineShare frontLine,
    StationStaffing stations,
    List<UnitFigures> drillDown)
    implements Serializable {

  public WorkforceReport {
    ranks = List.copyOf(ranks);
    grades = List.copyOf(grades);
    drillDown = List.copyOf(drillDown);
  }
}
