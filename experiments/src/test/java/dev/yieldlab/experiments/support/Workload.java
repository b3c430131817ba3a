package dev.yieldlab.experiments.support;

import dev.yieldlab.api.Configuration;
import dev.yieldlab.api.workers.SummingLoop;
import dev.yieldlab.api.workers.Workers;

/**
 * The CPU-bound workload of claims C5 and C6, with its default in one place. A configuration
 * parameter raises it like any engine setting ({@code junit-platform.properties} or {@code
 * -Dyieldlab.workers.iterations=3000000000}); how many pairs are measured is the engine's own
 * {@code yieldlab.timing.pairs}.
 */
public final class Workload {

  /** Iterations of the post's summing loop per worker. */
  public static final String ITERATIONS = "yieldlab.workers.iterations";
  /**
   * The post loops 10^8 times, which takes CPython seconds but a warm JIT about 30 ms here: shorter
   * than starting a child JVM. Ten times the post's count gives each worker ~0.3 s of computing, so
   * that start-up costs do not drown the effect measured, and the suite still takes well under a minute.
   */
  public static final long ITERATIONS_DEFAULT = 10 * SummingLoop.POST_ITERATIONS;

  private Workload() {}

  public static long iterations(Configuration configuration) {
    return configuration.getLong(ITERATIONS, ITERATIONS_DEFAULT, 1);
  }

  /** Declared workers with this workload's iterations per worker. */
  public static Workers sized(Workers workers, Configuration configuration) {
    return workers.iterations(iterations(configuration));
  }
}
