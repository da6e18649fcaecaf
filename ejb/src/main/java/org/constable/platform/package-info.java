/** Mechanisms every capability shares: migrations at start-up, the clock, business exceptions. */
package org.constable.platform;
