/** The workforce dashboard: its page, charts and .xlsx export, over the reporting service. */
package org.constable.web.reporting;
