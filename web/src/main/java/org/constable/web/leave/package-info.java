/** The leave pages: the officer's own leave, the leader's approvals, HR's desk and the rate. */
package org.constable.web.leave;
