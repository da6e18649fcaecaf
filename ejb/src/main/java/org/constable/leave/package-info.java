/**
 * Annual leave (attachment 3 item 22): the entitlement by cumulative service (职工带薪年休假条例 and its
 * 实施办法), leave records with the officer's request and its leader's decision, the balance with one
 * year's carry-over, and the leave rate (年休假率) per unit against its target, kept as a ledger row
 * per officer and year so that the rate is one grouped scan.
 */
package org.constable.leave;
