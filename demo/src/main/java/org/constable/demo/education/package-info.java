/** The education demo: upgrade enrolments of every programme and outcome, claims in every state. */
package org.constable.demo.education;
