package org.constable.personnel;

import java.io.Serializable;
import java.util.List;

/**
 * What the personnel card (人员基本情况表) of one officer prints: the record, its unit, the photo (null
 * without one), the résumé, and the changes of rank and grade.
 */
public record PersonnelCard(
    OfficerDetails details,
    UnitRow unit,
    byte[] photo,
    List<ResumeLine> resume,
    List<ChangeLogLine> ranksAndGrades)
    implements Serializable {}
