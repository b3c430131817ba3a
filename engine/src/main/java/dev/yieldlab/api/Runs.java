package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The runs of one experiment, as its {@link Check}s see them. A check that asks for a run that
 * failed is aborted with that failure as its cause; one that names a run or variant that does not
 * exist fails with the names that do.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Runs {

  /** The result of the run named {@code name} (its method name); the run must have a single variant. */
  RunResult get(String name);

  /** The result of one variant of a run. */
  RunResult get(String name, String variant);

  /** The results of every variant of a run, in declaration order. */
  List<RunResult> variants(String name);
}
