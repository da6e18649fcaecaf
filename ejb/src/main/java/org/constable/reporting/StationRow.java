package org.constable.reporting;

import java.io.Serializable;
import org.constable.personnel.UnitRow;

/** A police station with its active police officers and the minimum its kind must have. */
public record StationRow(UnitRow station, long officers, int minimum, boolean belowMinimum)
    implements Serializable {}
