package org.constable.reporting;

import java.io.Serializable;

/** Officers recruited (招录) in one calendar year of the recruitment window. */
public record RecruitYear(int year, long recruits) implements Serializable {}
