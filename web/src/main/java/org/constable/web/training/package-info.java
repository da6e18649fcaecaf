/**
 * The pages of training and exams: HR's courses, instructors, sessions and reports; the trainer's
 * desk with its roll, check-in code and score sheet; every officer's own training record.
 */
package org.constable.web.training;
