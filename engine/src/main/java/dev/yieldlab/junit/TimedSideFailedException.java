package dev.yieldlab.junit;

import java.io.Serial;

/**
 * A run failed while the engine timed it again, as one side of a pair for a check's timing claim.
 * The check errors with this (the run's failure as its cause): a run that passed its own test but
 * fails when repeated is a defect of the run, and the claim has no evidence from it.
 */
public final class TimedSideFailedException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  TimedSideFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
