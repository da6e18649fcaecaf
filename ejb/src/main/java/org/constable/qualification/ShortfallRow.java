package org.constable.qualification;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An officer who falls short of a requirement on the report's day, and the last certificate that
 * would have counted: when it expired or was revoked (null when it never held one).
 */
public record ShortfallRow(
    long officerId,
    String policeNumber,
    String name,
    String unitNameZh,
    String unitNameEn,
    String postCode,
    String lastTypeCode,
    LocalDate lastExpiresOn,
    LocalDate lastRevokedOn)
    implements Serializable {}
