/**
 * Health and leave (attachment 3 item 22): annual leave entitlement (职工带薪年休假条例 and its 实施办法),
 * carry-over and the leave rate (年休假率). Health checks, the health archive and recuperation are to
 * follow.
 */
package org.constable.health;
