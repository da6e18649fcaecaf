package org.constable.security;

import java.io.Serializable;

/** An officer without an account, as the new-account picker suggests it. */
public record AccountCandidate(
    String policeNumber, String name, String unitNameZh, String unitNameEn)
    implements Serializable {}
