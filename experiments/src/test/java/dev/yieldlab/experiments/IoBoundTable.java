package dev.yieldlab.experiments;

import dev.yieldlab.api.Runs;
import dev.yieldlab.experiments.support.SummaryTable;
import dev.yieldlab.experiments.support.TimingSides;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The post's summary table as C7 measures it: its I/O-bound column from C7's runs (N requests over one
 * request, and the requesting threads' CPU time over the wall time), its CPU-bound columns from {@link
 * SummaryTable#FIT_FOR_CPU_BOUND}, the verdicts C5's check asserts from its own measurements in the
 * same suite run. Each experiment measures its half and asserts the other half's constants, so both
 * tables agree exactly when both checks pass; nothing is parsed from text.
 */
final class IoBoundTable {

  /** One approach: the C7 run that measures it for I/O, or none where this machine cannot (multiprocessing). */
  record Row(String approach, String structure, String run, String note) {}

  static final List<String> HEADER = List.of("approach", "structure", "fit for CPU-bound? (C5)", "parallel? (C5)",
      "fit for I/O-bound?", "measured: N requests / 1 request", "requesting threads: CPU / wall, awake / wall", "run");

  static final List<Row> ROWS = List.of(
      new Row("async/await", "coroutines of one loop waiting in its selector", "awaitingCoroutines", ""),
      new Row("async/await, polled", "coroutines polling futures with yieldNow", "busyPolling", ""),
      new Row("multithreading (CPython, GIL emulated)", "threads blocked in socket calls", "platformThreads",
          "CPython releases the GIL around a blocking socket call, so the Java threads' run stands for it"),
      new Row("multithreading (Java, no GIL)", "threads blocked in socket calls", "platformThreads", ""),
      new Row("Java virtual threads", "virtual threads blocked in socket calls, unmounted from their carriers",
          "virtualThreads", "CPU and run queue: the carriers'"),
      new Row("multiprocessing", "one process per request", null,
          "not measured: 100 child JVMs per repetition do not fit this 2-core machine"),
      new Row("blocking calls, one at a time", "one thread, one request after another", "sequentialBlocking", ""));

  private final Runs runs;

  private IoBoundTable(Runs runs) {
    this.runs = runs;
  }

  static IoBoundTable of(Runs runs) {
    return new IoBoundTable(runs);
  }

  /**
   * Concurrent (below halfway between 1 and N times one request, a timing verdict: {@link
   * TimingSides}) and asleep while waiting (awake below half the wall).
   */
  String fitForIo(Row row) {
    if (row.run() == null) {
      return SummaryTable.NOT_MEASURED;
    }
    IoRun run = IoBoundExperiment.measured(runs, row.run());
    boolean concurrent = TimingSides.below(IoBoundExperiment.ratio(runs, row.run()), (1.0 + run.requests()) / 2);
    if (!concurrent) {
      return "no";
    }
    return run.awakeFraction() < 0.5 ? "yes" : "no: keeps a CPU busy while it waits";
  }

  List<List<String>> ioVerdicts() {
    return ROWS.stream().map(row -> List.of(row.approach(), fitForIo(row))).toList();
  }

  List<List<String>> cells() {
    return ROWS.stream().map(row -> {
      String[] cpuColumns = SummaryTable.FIT_FOR_CPU_BOUND.getOrDefault(row.approach(), List.of("—", "—")).toArray(String[]::new);
      if (row.run() == null) {
        return List.of(row.approach(), row.structure(), cpuColumns[0], cpuColumns[1], fitForIo(row), "—", "—", row.note());
      }
      IoRun run = IoBoundExperiment.measured(runs, row.run());
      return List.of(row.approach(), row.structure(), cpuColumns[0], cpuColumns[1], fitForIo(row),
          String.format(Locale.ROOT, "%s (N = %d)", IoBoundExperiment.ratio(runs, row.run()).estimate(), run.requests()),
          String.format(Locale.ROOT, "%.3f, %.3f per thread, %d thread(s)", run.cpuFraction(), run.awakeFraction(),
              run.kernelThreads().size()),
          row.run() + (row.note().isEmpty() ? "" : "; " + row.note()));
    }).toList();
  }

  String render() {
    return Stream.concat(Stream.of(HEADER, HEADER.stream().map(cell -> "---").toList()), cells().stream())
        .map(cells -> "| " + String.join(" | ", cells) + " |")
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
