package org.constable.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** A security event as the audit page lists it: the actor and the officer by name. */
public record SecurityEventRow(
    Long id,
    LocalDateTime occurredAt,
    String actor,
    String actorName,
    String clientAddress,
    SecurityEventType type,
    SecurityOutcome outcome,
    String officerPoliceNumber,
    String officerName,
    String detail)
    implements Serializable {}
