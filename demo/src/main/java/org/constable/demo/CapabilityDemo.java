package org.constable.demo;

/**
 * A capability's demo data. The loader writes the demo force first, then calls every capability's
 * demo once, lowest {@link #order()} first, in one transaction. A demo must be deterministic: the
 * same force and day give the same data (dates from {@link DemoContext#today()}, chance only from
 * {@link DemoContext#random(String)}).
 *
 * <p>A capability adds its demo as a CDI bean in {@code demo/src/main/java/org/constable/demo/<its
 * capability>/}; nothing else needs editing.
 */
public interface CapabilityDemo {

  /**
   * The demo log-ins come at 10; a capability that needs them (a trainer, a leader) comes later.
   */
  int order();

  void write(DemoContext context);
}
