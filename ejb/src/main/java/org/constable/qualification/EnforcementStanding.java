package org.constable.qualification;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Whether an officer may do enforcement on a day, and the qualification that allows it: the valid
 * law-enforcement qualification of the highest level (null fields when it holds none).
 */
public record EnforcementStanding(
    long officerId,
    String policeNumber,
    LocalDate day,
    boolean mayEnforce,
    String typeCode,
    String number,
    LocalDate expiresOn)
    implements Serializable {}
