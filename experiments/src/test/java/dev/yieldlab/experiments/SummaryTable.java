package dev.yieldlab.experiments;

import dev.yieldlab.api.PairedMeasurement;
import dev.yieldlab.workers.WorkerKind;
import dev.yieldlab.workers.WorkersResult;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The seed post's closing table (approach, structure, fit for CPU-bound?, parallel?), with its
 * verdict columns derived from ratios measured in one run instead of written by hand, plus the row
 * the post lacks: Java threads, which have no GIL.
 */
final class SummaryTable {

  /**
   * One approach. {@code parallel} and {@code fitForCpuBound} are measured: N workers took less than
   * halfway between N times one worker (one after the other) and once one worker (all at once).
   */
  record Row(String approach, String structure, WorkerKind kind, PairedMeasurement<WorkersResult> runs) {

    boolean parallel() {
      return ratio() < (1.0 + ParallelismExperiment.workers(runs)) / 2;
    }

    double ratio() {
      return runs.medianRatio();
    }

    String fitForCpuBound() {
      return parallel() ? "yes" : "no";
    }

    String parallelVerdict() {
      if (parallel()) {
        return "yes, on multi-core";
      }
      return kind == WorkerKind.COROUTINES ? "no (concurrency only)" : "no";
    }

    /** The columns the post has, as this run measured them: approach, fit for CPU-bound, parallel. */
    List<String> verdict() {
      return List.of(approach, fitForCpuBound(), parallelVerdict());
    }
  }

  private final List<Row> rows;

  SummaryTable(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  List<List<String>> verdicts() {
    return rows.stream().map(Row::verdict).toList();
  }

  static final List<String> HEADER =
      List.of("approach", "structure", "fit for CPU-bound?", "parallel?", "measured: N workers / 1 worker");

  /** One row of cells per approach, with the measured ratio that decided it: what the report attaches. */
  List<List<String>> cells() {
    return rows.stream()
        .map(row -> row.runs().quietPairs().isEmpty()
            ? List.of(row.approach(), row.structure(), "not measured", "not measured", String.format(Locale.ROOT,
                "no quiet pair: other processes kept %s CPUs busy (1 / N)", row.runs().foreignLoads()))
            : List.of(row.approach(), row.structure(), row.fitForCpuBound(), row.parallelVerdict(),
                String.format(Locale.ROOT, "%.2f (range %.2f..%.2f, N = %d)", row.ratio(), row.runs().minRatio(),
                    row.runs().maxRatio(), ParallelismExperiment.workers(row.runs()))))
        .toList();
  }

  /** The same as a Markdown table: what the check prints. */
  String render() {
    return Stream.concat(Stream.of(HEADER, HEADER.stream().map(cell -> "---").toList()), cells().stream())
        .map(cells -> "| " + String.join(" | ", cells) + " |")
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
