package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The runs of one experiment, as its {@link Check}s see them. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Runs {

  /**
   * The result of the run named {@code name}. A check that asks for a run that failed is aborted
   * with that failure as its cause; one that asks for a run that does not exist fails with the
   * names that do.
   */
  RunResult get(String name);
}
