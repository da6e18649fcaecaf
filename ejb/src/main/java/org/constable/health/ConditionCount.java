package org.constable.health;

import java.io.Serializable;

/** How many officers in scope a check of the year found a condition in (HCOND code): a count. */
public record ConditionCount(String condition, long officers) implements Serializable {}
