package dev.yieldlab.benchmarks.compare;

import dev.yieldlab.benchmarks.probe.FigureLine;
import java.util.Collection;
import java.util.Locale;
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
 */
final class JmhSide {

  private JmhSide() {}

  static Measures run(Profile profile) throws RunnerException {
    ChainedOptionsBuilder options = new OptionsBuilder().include("dev\\.yieldlab\\.benchmarks\\..*");
    profile.configure(options);
    Collection<RunResult> results = new Runner(options.build()).run();
    Measures measures = new Measures();
    for (RunResult run : results) {
      String key = key(run);
      Result<?> primary = run.getPrimaryResult();
      measures.add(new FigureLine(key, primary.getScore(), primary.getScoreError(), primary.getScoreUnit(),
          settings(run)));
      run.getSecondaryResults().entrySet().stream()
          .filter(entry -> entry.getKey().endsWith("gc.alloc.rate.norm"))
          .findFirst()
          .ifPresent(entry -> measures.add(new FigureLine(key + "#alloc", entry.getValue().getScore(),
              entry.getValue().getScoreError(), entry.getValue().getScoreUnit(), "-prof gc")));
    }
    return measures;
  }

  private static String key(RunResult run) {
    String benchmark = run.getParams().getBenchmark();
    String[] parts = benchmark.split("\\.");
    String name = parts[parts.length - 2] + "." + parts[parts.length - 1];
    Collection<String> keys = run.getParams().getParamsKeys();
    if (keys.isEmpty()) {
      return name;
    }
    return name + keys.stream().map(k -> k + "=" + run.getParams().getParam(k))
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** How the figure was measured: forks x iterations, for the report's footnotes. */
  private static String settings(RunResult run) {
    var params = run.getParams();
    return String.format(Locale.ROOT, "%d fork(s) x (%d warm-up + %d measured iterations), %s",
        params.getForks(), params.getWarmup().getCount(), params.getMeasurement().getCount(),
        params.getMode().longLabel());
  }
}
