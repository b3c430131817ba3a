package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How an {@link Explore explored} run picks its schedules. */
@API(status = EXPERIMENTAL, since = "0.3")
public enum Strategy {
  /** A seeded random walk: at every choice point, any candidate with equal chance. */
  RANDOM,
  /**
   * Probabilistic concurrency testing (Burckhardt et al., ASPLOS 2010): random priorities per task and
   * d - 1 points where the running task drops to the lowest.
   */
  PCT,
  /**
   * Partial order sampling (Yuan et al., CAV 2018): a random priority per task, drawn anew when it runs
   * and for every ready task woken by the same primitive, so racing steps are sampled evenly.
   */
  POS,
  /**
   * Depth-first search over every choice, within {@link Explore#deviations()}: ends with "all N
   * schedules" when the run is small enough.
   */
  EXHAUSTIVE
}
