package org.constable.training;

import java.io.Serializable;
import java.time.Instant;

/** The code a trainer's screen shows, and until when it checks anybody in. */
public record CheckInCode(String token, Instant validUntil) implements Serializable {}
