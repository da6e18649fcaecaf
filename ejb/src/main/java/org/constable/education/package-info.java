/**
 * Education (attachment 3 item 9): officers' education records, from which the register's highest
 * level follows; degree upgrade enrolments and their tuition reimbursement claims; the associate
 * degree deadline; the judicial exam award; and the grade gate (below associate, no 副科级 or higher
 * grade treatment).
 */
package org.constable.education;
