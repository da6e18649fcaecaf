/** Shiro wiring for pages and REST: the realm, log-in and log-out, security headers. */
package org.constable.web.security;
