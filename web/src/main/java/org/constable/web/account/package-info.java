/** The user's own account: its password. */
package org.constable.web.account;
