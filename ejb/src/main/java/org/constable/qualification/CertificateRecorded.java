package org.constable.qualification;

import java.time.LocalDate;

/**
 * Fired inside the transaction, after the flush, whenever a certificate is recorded (the form, a
 * renewal, the import). Capabilities that act on a certificate observe it, e.g. the judicial exam
 * award raised by the legal professional qualification.
 */
public record CertificateRecorded(
    long officerId, long certificateId, String typeCode, LocalDate issuedOn) {}
