package org.constable.education;

/** How a programme ended. */
public enum Outcome {
  /** Diploma and degree (for an associate programme: the diploma, there being no degree). */
  DEGREE,
  /** 毕业: the diploma without the degree. */
  GRADUATED,
  /** 结业: a completion certificate. */
  COMPLETED,
  DROPPED;

  /** Whether the officer now holds the programme's level of education. */
  public boolean reachesLevel() {
    return this == DEGREE || this == GRADUATED;
  }
}
