package org.constable.training;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** 训考分离: with separation on, nobody who teaches a session examines it. */
public final class Separation {

  private Separation() {}

  /** The instructors that are also examiners; none allowed when separation is on. */
  public static Set<Long> conflicts(Collection<Long> instructors, Collection<Long> examiners) {
    return instructors.stream().filter(examiners::contains).collect(Collectors.toSet());
  }

  public static boolean allowed(
      boolean separationOn, Collection<Long> instructors, Collection<Long> examiners) {
    return !separationOn || conflicts(instructors, examiners).isEmpty();
  }
}
