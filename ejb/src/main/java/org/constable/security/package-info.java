/**
 * Accounts, roles, permissions and data scope. Every service asks {@link
 * org.constable.security.CurrentUser} whether the caller may do what it asks, on the data it asks
 * for; hiding a button is not security.
 */
package org.constable.security;
