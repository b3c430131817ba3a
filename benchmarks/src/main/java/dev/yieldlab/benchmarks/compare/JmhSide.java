package dev.yieldlab.benchmarks.compare;

import dev.yieldlab.benchmarks.probe.FigureLine;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark of {@code dev.yieldlab.benchmarks} through JMH's Runner and turns each result
 * into a figure keyed {@code SimpleClass.method[param=value,...]}, with JMH's score error (99.9 %)
 * and, when {@code -prof gc} ran, the bytes allocated per operation as {@code key#alloc}.
 *
 * <p>Only the parameters that pick a row (clock, engine, yields, sleepers) are part of the key; the
 * {@link #SIZES} say how much work one operation does, which the smoke profile shrinks, and go into
 * the figure's note instead, so that a smoke run fills the same rows as a full one.
 */
final class JmhSide {

  /** Parameters that size the work rather than choose what is measured. */
  static final Set<String> SIZES = Set.of("iterations", "count", "sleepMillis", "n");

  /** The fact that says how long the sleeping benchmark's coroutines slept, in ms. */
  static final String SLEEP_FACT = "sleep.ms";

  /** Suffix of the key of a benchmark's allocation per operation, from {@code -prof gc}. */
  static final String ALLOCATION = "#alloc";

  private JmhSide() {}

  static Measures run(Profile profile) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder().include("dev\\.yieldlab\\.benchmarks\\..*");
    profile.configure(options);
    Collection<RunResult> results = new Runner(options.build()).run();
    Measures measures = new Measures();
    for (RunResult run : results) {
      String key = key(run);
      String sleepMillis = run.getParams().getParam("sleepMillis");
      if (sleepMillis != null) {
        measures.fact(SLEEP_FACT, sleepMillis);
      }
      Result<?> primary = run.getPrimaryResult();
      measures.add(new FigureLine(key, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
          settings(run)));
      run.getSecondaryResults().entrySet().stream()
          .filter(entry -> entry.getKey().endsWith("gc.alloc.rate.norm"))
          .findFirst()
          .ifPresent(entry -> measures.add(new FigureLine(key + ALLOCATION, entry.getValue().getScore(),
              entry.getValue().getScoreError(), entry.getValue().getScoreUnit(), "-prof gc")));
    }
    return measures;
  }

  private static String key(RunResult run) {
    String benchmark = run.getParams().getBenchmark();
    String[] parts = benchmark.split("\\.");
    String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
    String choices = parameters(run, key -> !SIZES.contains(key));
    return choices.isEmpty() ? name : name + "[" + choices + "]";
  }

  /** How the figure was measured: sizes, forks x iterations, for the report's footnotes. */
  private static String settings(RunResult run) {
    var params = run.getParams();
    String sizes = parameters(run, SIZES::contains);
    return (sizes.isEmpty() ? "" : sizes + "; ") + String.format(Locale.ROOT,
        "%d fork(s) x (%d warm-up + %d measured iterations), %s", params.getForks(),
        params.getWarmup().getCount(), params.getMeasurement().getCount(), params.getMode().longLabel());
  }

  private static String parameters(RunResult run, Predicate<String> which) {
    return run.getParams().getParamsKeys().stream().filter(which)
        .map(k -> k + "=" + run.getParams().getParam(k))
        .collect(Collectors.joining(","));
  }
}
