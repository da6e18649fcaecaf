package org.constable.reporting;

import java.io.Serializable;
import org.constable.personnel.UnitRow;

/**
 * One row of the drill-down: a child unit with everything beneath it, or ({@code ownStaff}) the
 * officers placed directly in the selected unit itself.
 */
public record UnitFigures(
    UnitRow unit, Figures figures, long stationsBelowMinimum, boolean ownStaff)
    implements Serializable {}
