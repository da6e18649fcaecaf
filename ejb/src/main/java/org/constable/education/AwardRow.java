package org.constable.education;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An award as HR's list shows it. */
public record AwardRow(
    long id,
    long officerId,
    String policeNumber,
    String officerName,
    String unitLabel,
    boolean fromCertificate,
    LocalDate passedOn,
    BigDecimal amount,
    AwardState state,
    LocalDate paidOn,
    String payingUnitLabel,
    long version)
    implements Serializable {}
