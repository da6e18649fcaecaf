package org.constable.personnel;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A row of a résumé as shown and as entered.
 *
 * @param endDate null while it lasts (至今)
 */
public record ResumeLine(
    Long id, LocalDate startDate, LocalDate endDate, String unitName, String position)
    implements Serializable {}
