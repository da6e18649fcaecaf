package org.constable.security;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A token as its owner's list shows it: never the token itself. */
public record ApiTokenView(
    long id,
    String name,
    boolean writeAccess,
    LocalDateTime createdAt,
    LocalDate expiresOn,
    LocalDateTime lastUsedAt,
    boolean revoked,
    boolean valid)
    implements Serializable {}
