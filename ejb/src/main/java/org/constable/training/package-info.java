/**
 * Training and exams (attachment 3, items 8-14): courses and their sessions, instructors and
 * examiners kept apart (训考分离), enrolment, attendance by the day with phone check-in, exam results
 * with retraining and off-post training, the 15-day quota kept in a ledger, rotation.
 */
package org.constable.training;
