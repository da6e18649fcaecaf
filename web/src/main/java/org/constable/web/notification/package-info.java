/** The inbox page and its home card. */
package org.constable.web.notification;
