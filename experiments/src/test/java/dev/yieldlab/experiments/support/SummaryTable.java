package dev.yieldlab.experiments.support;

import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.api.workers.WorkerKind;
import dev.yieldlab.api.workers.WorkersResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The seed post's closing table (approach, structure, fit for CPU-bound?, parallel?), with its
 * verdict columns derived from ratios measured in one run instead of written by hand, plus the row
 * the post lacks: Java threads, which have no GIL; and the column for the post's conclusion, "fit for
 * I/O-bound?", which C7 (IoBoundExperiment) measures.
 *
 * <p>C5 and C7 are experiments of their own, and a check reads only its own experiment's runs. So
 * each measures its half and the other half is a constant that the other experiment's check asserts
 * against its own measurements: {@link #FIT_FOR_CPU_BOUND} by C5's {@code summaryTable} check, {@link
 * #FIT_FOR_IO_BOUND} by C7's. Both tables show every column, and they agree exactly when both checks pass.
 */
public final class SummaryTable {

  public static final String NOT_MEASURED = "not measured";

  /** (fit for CPU-bound?, parallel?) per approach: what C5 measures, asserted by its summary check. */
  public static final Map<String, List<String>> FIT_FOR_CPU_BOUND = ordered(
      "async/await", List.of("no", "no (concurrency only)"),
      "multithreading (CPython, GIL emulated)", List.of("no", "no"),
      "multithreading (Java, no GIL)", List.of("yes", "yes, on multi-core"),
      "multiprocessing", List.of("yes", "yes, on multi-core"),
      "Java virtual threads", List.of("yes", "yes, on multi-core"));

  /** Fit for I/O-bound? per approach: what C7 measures, asserted by its summary check. */
  public static final Map<String, String> FIT_FOR_IO_BOUND = ordered(
      "async/await", "yes",
      "async/await, polled", "no: keeps a CPU busy while it waits",
      "multithreading (CPython, GIL emulated)", "yes",
      "multithreading (Java, no GIL)", "yes",
      "Java virtual threads", "yes",
      "multiprocessing", NOT_MEASURED,
      "blocking calls, one at a time", "no");

  @SuppressWarnings("unchecked")
  private static <V> Map<String, V> ordered(Object... keysAndValues) {
    Map<String, V> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (V) keysAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }

  /**
   * One approach. {@code parallel} and {@code fitForCpuBound} are measured: N workers took less than
   * halfway between N times one worker (one after the other) and once one worker (all at once), as a
   * timing verdict: the ratio's whole interval on one side of the midpoint, or the check is
   * inconclusive (and the engine measures that variant's pairs again).
   */
  public record Row(String approach, String structure, WorkerKind kind, PairedMeasurement<WorkersResult> runs) {

    ElapsedRatio ratio() {
      int n = Parallelism.workers(runs);
      return runs.ratio(approach + " N=" + n, approach + " N=1");
    }

    /** Whether the N ran at once: the interval below the midpoint; above it, one at a time; neither is inconclusive. */
    boolean parallel() {
      return TimingSides.below(ratio(), (1.0 + Parallelism.workers(runs)) / 2);
    }

    /** The columns the post has, as measured: approach, fit for CPU-bound, parallel. */
    List<String> verdict(boolean parallel) {
      return List.of(approach, parallel ? "yes" : "no",
          parallel ? "yes, on multi-core" : kind == WorkerKind.COROUTINES ? "no (concurrency only)" : "no");
    }
  }

  private final List<Row> rows;
  /** Each row's timing verdict, decided once: inconclusive rows have thrown before the table exists. */
  private final List<Boolean> parallel;

  public SummaryTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
    this.parallel = this.rows.stream().map(Row::parallel).toList();
  }

  public List<List<String>> verdicts() {
    return IntStream.range(0, rows.size()).mapToObj(i -> rows.get(i).verdict(parallel.get(i))).toList();
  }

  public static final List<String> HEADER = List.of("approach", "structure", "fit for CPU-bound?", "parallel?",
      "measured: N workers / 1 worker", "fit for I/O-bound? (C7)");

  /** One row of cells per approach, with the measured ratio that decided it: what the report attaches. */
  public List<List<String>> cells() {
    return IntStream.range(0, rows.size()).mapToObj(i -> {
      Row row = rows.get(i);
      List<String> verdict = row.verdict(parallel.get(i));
      return List.of(row.approach(), row.structure(), verdict.get(1), verdict.get(2), String.format(Locale.ROOT,
          "%s (N = %d)", row.ratio().estimate(), Parallelism.workers(row.runs())), fitForIo(row));
    }).toList();
  }

  private static String fitForIo(Row row) {
    return FIT_FOR_IO_BOUND.getOrDefault(row.approach(), NOT_MEASURED);
  }

  /** The same as a Markdown table: what the check prints. */
  public String render() {
    return Stream.concat(Stream.of(HEADER, HEADER.stream().map(cell -> "---").toList()), cells().stream())
        .map(cells -> "| " + String.join(" | ", cells) + " |")
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
