/**
 * Demo data of training: courses, instructors, three years of sessions with enrolment, attendance,
 * exam results, retraining and the ledger, planned officer by officer and written in JDBC batches.
 */
package org.constable.demo.training;
