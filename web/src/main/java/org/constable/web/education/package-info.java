/** The education pages: the officer's own, HR's claims desk, the deadline list, awards, the tab. */
package org.constable.web.education;
