package dev.yieldlab.junit;

import dev.yieldlab.api.Measurement;
import dev.yieldlab.api.RunResult;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A finished run variant as people read it: the post-style log with a header, and the report entries. */
final class RunMeasures {

  private final Class<?> experiment;
  private final YieldlabConfiguration configuration;
  private final RunResult result;

  RunMeasures(Class<?> experiment, YieldlabConfiguration configuration, RunResult result) {
    this.experiment = experiment;
    this.configuration = configuration;
    this.result = result;
  }

  /** {@code [yieldlab] InterleavingExperiment.twoYieldingTasks: REAL clock, ...} then the log lines. */
  String postStyleLog() {
    String header = String.format(Locale.ROOT, "[yieldlab] %s.%s: %s clock, %s, %d thread(s), %d switches",
        experiment.getSimpleName(), result.label(), configuration.clock(), result.measurement(),
        result.timeline().threadIds().size(), result.timeline().switches());
    StringBuilder text = new StringBuilder(header);
    result.timeline().logLines().forEach(line -> text.append(System.lineSeparator()).append("  ").append(line));
    return text.toString();
  }

  /** Key/value measures for JUnit report entries (Surefire XML, IDEs, reports). */
  Map<String, String> entries() {
    Measurement measurement = result.measurement();
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("clock", configuration.clock().name());
    entries.put("variant", result.variant().describe());
    entries.put("elapsed.median.ms", millis(measurement.median().toNanos()));
    entries.put("elapsed.min.ms", millis(measurement.min().toNanos()));
    entries.put("elapsed.max.ms", millis(measurement.max().toNanos()));
    entries.put("elapsed.spread.percent", String.format(Locale.ROOT, "%.1f", measurement.relativeSpread() * 100));
    entries.put("repetitions", Integer.toString(measurement.samples().size()));
    entries.put("switches", Integer.toString(result.timeline().switches()));
    entries.put("threads", Integer.toString(result.timeline().threadIds().size()));
    entries.put("events", Integer.toString(result.timeline().events().size()));
    return entries;
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }
}
