package org.constable.recuperation;

import java.io.Serializable;
import java.time.LocalDate;

/** A place of the officer's own in a recuperation group, as its leave page shows it. */
public record Stay(
    String group, String place, LocalDate from, LocalDate to, MemberState state, String note)
    implements Serializable {}
