package org.constable.health;

import java.io.Serializable;

/**
 * One row of the examining institution's workbook, as typed: police number and/or ID number, the
 * day, institution, conclusion (code or name), findings, conditions (codes or names separated by 、
 * , ， ; or ；) and the follow-up day.
 */
public record ImportLine(
    int rowNumber,
    String policeNumber,
    String idNumber,
    String checkedOn,
    String institution,
    String conclusion,
    String findings,
    String conditions,
    String followUpOn)
    implements Serializable {}
