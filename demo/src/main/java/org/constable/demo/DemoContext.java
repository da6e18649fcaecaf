package org.constable.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** What a capability's demo writes with, and where it announces the log-ins it creates. */
public final class DemoContext {

  private final EntityManager em;
  private final LocalDateTime now;
  private final List<DemoLogIn> logIns = new ArrayList<>();

  DemoContext(EntityManager em, LocalDateTime now) {
    this.em = em;
    this.now = now;
  }

  public EntityManager em() {
    return em;
  }

  /** The day the demo force is generated for. */
  public LocalDate today() {
    return now.toLocalDate();
  }

  public LocalDateTime now() {
    return now;
  }

  /** A random stream of the capability's own, the same at every load. */
  public SplittableRandom random(String capability) {
    return new SplittableRandom(capability.hashCode());
  }

  /** A demo log-in to print at start-up (and to record for the tests). */
  public void announce(DemoLogIn logIn) {
    logIns.add(logIn);
  }

  List<DemoLogIn> logIns() {
    return List.copyOf(logIns);
  }
}
