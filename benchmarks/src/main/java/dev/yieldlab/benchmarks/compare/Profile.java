package dev.yieldlab.benchmarks.compare;

import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.profile.GCProfiler;

/**
 * How thoroughly to measure, in one place. FULL keeps every benchmark's own annotations (forks,
 * warm-up, iterations) and writes docs/PERFORMANCE.md; SMOKE runs everything once, in the calling
 * JVM, with tiny sizes, so that CI can prove nothing has rotted in well under a minute.
 */
enum Profile {
  FULL,
  SMOKE;

  void configure(ChainedOptionsBuilder jmh) {
    jmh.addProfiler(GCProfiler.class);
    if (this == FULL) {
      jmh.verbosity(VerboseMode.NORMAL);
      return;
    }
    jmh.forks(0).warmupIterations(0).measurementIterations(1)
        .measurementTime(TimeValue.milliseconds(100))
        .param("sleepMillis", "50")
        .param("count", "10000")
        .param("iterations", "1000000")
        .param("n", "20")
        .verbosity(VerboseMode.SILENT);
  }

  List<String> timerLagArguments() {
    return this == FULL ? List.of("60", "1000") : List.of("2", "20");
  }

  List<String> heapArguments() {
    return this == FULL ? List.of("100000", "1000") : List.of("10000", "200");
  }

  /** {@code InstrumentationOverheadProbe}'s fib pairs, seed-loop pairs and warm-ups. */
  List<String> instrumentationArguments() {
    return this == FULL ? List.of("400", "40", "20") : List.of("4", "2", "1");
  }

  /** {@code EchoKernelProbe}'s runs and warm-ups (a smoke run: one of each). */
  List<String> echoKernelArguments() {
    return this == FULL ? List.of("20", "10") : List.of("1", "1");
  }

  /**
   * The JVM option of the million sleepers' second pair of {@code SleepersProbe} runs: a young
   * generation that holds every sleeper, so that G1 never copies a live one from space to space while
   * they are started (the default run's young pauses copy the 420 MB of them several times).
   */
  static final String MILLION_YOUNG_GENERATION = "-Xmn2g";

  List<String> echoArguments() {
    return this == FULL ? List.of("20000", "20000") : List.of("200", "200");
  }

  /**
   * {@code SleepersProbe}'s runs: kind, count, sleep in ms, and the size its rows are keyed by (a smoke
   * run fills the same rows with 10,000 and 20,000 sleepers of 200 ms).
   */
  List<List<String>> sleepersArguments() {
    List<List<String>> runs = new java.util.ArrayList<>();
    for (String kind : List.of("coroutines", "virtual-threads")) {
      runs.add(this == FULL ? List.of(kind, "100000", "1000", "100k") : List.of(kind, "10000", "200", "100k"));
      runs.add(this == FULL ? List.of(kind, "1000000", "1000", "1m") : List.of(kind, "20000", "200", "1m"));
    }
    return runs;
  }

  /** The million sleepers again, each kind in a JVM started with {@link #MILLION_YOUNG_GENERATION}, keyed {@code 1m-young}. */
  List<List<String>> youngSleepersArguments() {
    return List.of("coroutines", "virtual-threads").stream()
        .map(kind -> this == FULL ? List.of(kind, "1000000", "1000", "1m-young", "beyond-only")
            : List.of(kind, "20000", "200", "1m-young", "beyond-only"))
        .toList();
  }

  /** The live heap of issue 15's million sleepers (a smoke run: ten thousand), under its own key. */
  List<String> millionHeapArguments() {
    return List.of(this == FULL ? "1000000" : "10000", this == FULL ? "1000" : "200", "sleeping-million.heap");
  }

  /** {@code RefutationProbe}'s seeds, schedule limit and rate schedules, and the bugs (a smoke run: one seed). */
  List<String> refutationArguments() {
    return this == FULL ? ExplorationFigures.probeArguments(5, 1_000, 100_000)
        : ExplorationFigures.probeArguments(1, 1_000, 2_000);
  }

  /** Runs of each race under each Fray scheduler in a full comparison (benchmarks/fray/run.sh's FRAY_RUNS). */
  static final int FRAY_RUNS = 3;

  List<String> asyncioArguments() {
    return this == FULL ? List.of() : List.of("--smoke");
  }

  Path report(Path root) {
    return this == FULL ? root.resolve("docs/PERFORMANCE.md") : root.resolve("benchmarks/target/performance-smoke.md");
  }
}
