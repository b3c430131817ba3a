package dev.yieldlab.experiments;

import dev.yieldlab.workers.SummingLoop;
import dev.yieldlab.workers.Workers;

/**
 * The CPU-bound workload of claims C5 and C6 and how often it is measured, with every default in one
 * place. System properties raise them: {@code -Dyieldlab.repetitions=9}, {@code
 * -Dyieldlab.workers.iterations=3000000000}.
 */
final class Workload {

  /** Measured repetitions per run (after one warm-up); the median is what the checks compare. */
  static final String REPETITIONS = "yieldlab.repetitions";
  static final int REPETITIONS_DEFAULT = 3;

  /** Iterations of the post's summing loop per worker. */
  static final String ITERATIONS = "yieldlab.workers.iterations";
  /**
   * The post loops 10^8 times, which takes CPython seconds but a warm JIT about 30 ms here: shorter
   * than starting a child JVM. Ten times the post's count gives each worker ~0.3 s of computing, so
   * that start-up costs do not drown the effect measured, and the suite still takes well under a minute.
   */
  static final long ITERATIONS_DEFAULT = 10 * SummingLoop.POST_ITERATIONS;

  private Workload() {}

  static int repetitions() {
    return Integer.getInteger(REPETITIONS, REPETITIONS_DEFAULT);
  }

  static long iterations() {
    return Long.getLong(ITERATIONS, ITERATIONS_DEFAULT);
  }

  /** Declared workers with this workload's iterations per worker. */
  static Workers sized(Workers workers) {
    return workers.iterations(iterations());
  }
}
