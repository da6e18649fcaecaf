/** The demo log-ins: one account per role, on officers of fitting units of the demo force. */
package org.constable.demo.security;
