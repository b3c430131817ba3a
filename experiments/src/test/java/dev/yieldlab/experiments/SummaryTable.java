package dev.yieldlab.experiments;

import dev.yieldlab.workers.WorkerKind;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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
  record Row(String approach, String structure, WorkerKind kind, PairedRuns runs, int workers) {

    boolean parallel() {
      return ratio() < (1.0 + workers) / 2;
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

  /** A Markdown table, one row per approach, with the measured ratio that decided it. */
  String render() {
    String header = "| approach | structure | fit for CPU-bound? | parallel? | measured: N workers / 1 worker |"
        + System.lineSeparator() + "|---|---|---|---|---|";
    return header + rows.stream()
        .map(row -> row.runs().quietPairs().isEmpty()
            ? String.format(Locale.ROOT, "%n| %s | %s | not measured | not measured | no quiet pair: other processes"
                + " kept %s CPUs busy (1 / N) |", row.approach(), row.structure(), row.runs().foreignLoads())
            : String.format(Locale.ROOT, "%n| %s | %s | %s | %s | %.2f (range %.2f..%.2f, N = %d) |",
                row.approach(), row.structure(), row.fitForCpuBound(), row.parallelVerdict(), row.ratio(),
                row.runs().minRatio(), row.runs().maxRatio(), row.workers()))
        .collect(Collectors.joining());
  }
}
