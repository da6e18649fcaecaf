/**
 * Certificates and qualification compliance (attachment 3 item 4, attachment 2): the certificate
 * types, each officer's certificates with their scans and renewals, the requirements per post with
 * their target shares, the compliance report, the enforcement gate and the expiry alerts.
 */
package org.constable.qualification;
