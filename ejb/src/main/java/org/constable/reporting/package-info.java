/**
 * Reporting: read-only workforce statistics for HR and leaders (age, education, rank and grade
 * structure, recruitment, front-line share, station staffing), within the caller's data scope and
 * as of a chosen day. Every figure is aggregated in the database; no officer is loaded.
 */
package org.constable.reporting;
