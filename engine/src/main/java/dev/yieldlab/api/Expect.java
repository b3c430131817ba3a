package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a {@link Check} of an {@link Explore explored} run expects of the exploration: that it holds
 * in every schedule (the default), or that some schedule refutes it, which is how an experiment shows
 * a race that the FIFO order hides.
 */
@API(status = EXPERIMENTAL, since = "0.3")
public enum Expect {
  /** The check passes when it held in every explored schedule. */
  HOLDS,
  /**
   * The check passes when a schedule refutes it (that schedule, shrunk, is reported as the evidence),
   * and fails when it held in every schedule explored.
   */
  REFUTED
}
