package org.constable.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.constable.training.RetrainingChain.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetrainingChainTest {

  @ParameterizedTest(name = "retraining session {0}, passed {1}, open {2}: {3}")
  @CsvSource({
    // a first exam
    "false, true,  false, NONE",
    "false, false, false, RETRAINING_OPENED",
    // failing the course again in a regular run keeps the one open retraining
    "false, false, true,  NONE",
    "false, true,  true,  RETRAINING_PASSED",
    // the retraining run
    "true,  true,  true,  RETRAINING_PASSED",
    "true,  false, true,  OFF_POST_TRAINING",
    // in a retraining run without being due: a first failure opens one
    "true,  false, false, RETRAINING_OPENED",
    "true,  true,  false, NONE",
  })
  void failThenFailTheRetrainingIsOffPostTraining(
      boolean retrainingSession, boolean passed, boolean open, Outcome outcome) {
    assertEquals(outcome, RetrainingChain.after(retrainingSession, passed, open));
  }
}
