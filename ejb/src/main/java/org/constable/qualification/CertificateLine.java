package org.constable.qualification;

import java.io.Serializable;

/** A row of a certificate workbook as typed: every cell as text. */
public record CertificateLine(
    int rowNumber,
    String policeNumber,
    String type,
    String number,
    String issuedOn,
    String expiresOn)
    implements Serializable {}
