/**
 * The REST API under {@code /api}: HTTP Basic against the same accounts, the same service-layer
 * checks as the pages, errors as RFC 9457 problem details.
 */
package org.constable.web.api;
