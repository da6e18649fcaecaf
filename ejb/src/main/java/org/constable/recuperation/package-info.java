/**
 * Recuperation (疗休养, attachment 3 item 22): groups that HR schedules, their members selected by the
 * priority rules ({@link org.constable.recuperation.Priority}), each member's outcome, and an
 * attended stay kept as a leave record of type RECUPERATION.
 */
package org.constable.recuperation;
