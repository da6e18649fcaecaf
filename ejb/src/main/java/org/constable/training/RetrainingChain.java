package org.constable.training;

/**
 * 不合格复训, 复训不合格离岗培训: what a published result means for an officer's standing in a course. A failed
 * exam opens a retraining; the result of a retraining session closes it, and a failed retraining
 * sends the officer to off-post training.
 */
public final class RetrainingChain {

  public enum Outcome {
    /** Nothing changes. */
    NONE,
    /** Put on the retraining list for the course. */
    RETRAINING_OPENED,
    /** The open retraining is passed and closed. */
    RETRAINING_PASSED,
    /** The retraining is failed and closed; the officer goes to off-post training. */
    OFF_POST_TRAINING
  }

  private RetrainingChain() {}

  public static Outcome after(boolean retrainingSession, boolean passed, boolean retrainingOpen) {
    if (passed) {
      return retrainingOpen ? Outcome.RETRAINING_PASSED : Outcome.NONE;
    }
    if (retrainingSession && retrainingOpen) {
      return Outcome.OFF_POST_TRAINING;
    }
    return retrainingOpen ? Outcome.NONE : Outcome.RETRAINING_OPENED;
  }
}
