package org.constable.personnel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One dated change of an officer (变动记录) as the record shows it: the codes with, for a unit change,
 * both units (names and parents), and the name of whoever recorded it.
 */
public record ChangeLogLine(
    OfficerHistoryEntry.Attribute attribute,
    String oldValue,
    String newValue,
    UnitRow oldUnit,
    UnitRow newUnit,
    LocalDate effective,
    String recordedBy,
    String recorderName)
    implements Serializable {}
