/**
 * Demo data: a deterministic Bayannur force (units and people) that meets the workforce figures of
 * the 2013 plans, for the one-command demo and for benchmarks at any size.
 */
package org.constable.demo.personnel;
