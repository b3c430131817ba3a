package dev.yieldlab.experiments.support;

import dev.yieldlab.api.Configuration;
import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.api.workers.PythonScript;
import java.time.Duration;
import java.util.Locale;

/**
 * The post's four code samples, as Python scripts of our own that do what they do (same loops,
 * sleeps, yields and printed lines; stdlib only), rerun on this machine as references beside
 * yieldlab's reproduction. They live in {@code src/test/resources/python/} and import {@code
 * yieldlab_child}, the harness yieldlab ships for what it reads from a child (the parent watch, the
 * monotonic stamps, the kernel counters).
 */
public final class PostsPython {

  private static final String FOLDER = "/python";
  /** CPython needs seconds for what the JIT does in milliseconds: 10^8 iterations took 4 to 13 s here. */
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  /**
   * Experiment 1: two yield_tasks gathered, then two tasks that never await ({@code one}: one
   * yield_task; {@code two}: the first gather only, the two yield_tasks; {@code tasks}: the second only).
   */
  public static final PythonScript INTERLEAVING = script("post_interleaving.py");
  /** Experiment 2: cpu_heavy awaiting sleep(0) every 2,000,000 iterations, gathered with io_task. */
  public static final PythonScript CPU_YIELDING = script("post_cpu_yield.py");
  /** Experiment 3: the same cpu_heavy without an await, gathered with io_task. */
  public static final PythonScript CPU_PLAIN = script("post_cpu_plain.py");
  /** The multiprocessing experiment: cpu_count() processes (or the count given) each summing 10^8 integers. */
  public static final PythonScript MULTIPROCESSING = script("post_multiprocessing.py");

  /** The multiprocessing script's iterations per process, a configuration parameter like the Java workers'. */
  public static final String ITERATIONS = "yieldlab.python.iterations";
  /**
   * A tenth of the post's 10^8: CPython takes 0.4 to 0.8 s for it here (the post's count took 4 to 13 s,
   * and C6's treatment runs two of them one after the other on one CPU), far above the few
   * milliseconds forking a process costs inside the script's own timing, so the ratios (N at once or
   * one at a time) read as they did at 10^8 and are decided on as few pairs. Raise it like any
   * parameter, e.g. {@code -Dyieldlab.python.iterations=100000000} for the post's own loop.
   */
  public static final long ITERATIONS_DEFAULT = 10_000_000;

  private PostsPython() {}

  /**
   * The multiprocessing script with {@code processes} processes ({@code "cpu_count"}: Python's own
   * count, as the post) each summing the configured iterations.
   */
  public static PythonScript multiprocessing(String processes, Configuration configuration) {
    return MULTIPROCESSING.arguments(processes, Long.toString(configuration.getLong(ITERATIONS, ITERATIONS_DEFAULT, 1)));
  }

  private static PythonScript script(String name) {
    return PythonScript.of(PostsPython.class, FOLDER, name).timeout(TIMEOUT);
  }

  /** {@code 2.04 × [1.97, 2.11] (95 %, 12 pairs)}: a ratio as findings quote it, with its interval. */
  public static String times(ElapsedRatio ratio) {
    return ratio.estimate().describe(!ratio.source().repeatable());
  }

  public static String times(double ratio) {
    return String.format(Locale.ROOT, "%.2f ×", ratio);
  }
}
