/**
 * The in-app inbox: what the system tells an account (an officer sent to off-post training, later
 * certificate expiries and approvals). A message is a bundle key with its arguments, shown in the
 * reader's language.
 */
package org.constable.notification;
