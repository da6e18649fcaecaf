package org.constable.personnel;

import java.io.Serializable;

/** What an accepted roster did: officers created and officers updated. */
public record ImportReport(int created, int updated) implements Serializable {}
