/** The audit administrator's pages: the security log, searched, exported and checked. */
package org.constable.web.audit;
