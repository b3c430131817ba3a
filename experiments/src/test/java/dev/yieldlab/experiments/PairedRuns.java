package dev.yieldlab.experiments;

import dev.yieldlab.api.ElapsedRatio;
import dev.yieldlab.api.Loop;
import dev.yieldlab.workers.Workers;
import dev.yieldlab.workers.WorkersResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One worker and N workers of one kind, measured in pairs, back to back: a run's value, read by the
 * checks. Pairing is what makes the ratio trustworthy on a shared machine: other builds come and go
 * within seconds, and a one-worker run measured seconds before the N-worker run would be compared
 * under a different load. Within a pair the load is about the same, so it cancels out of the ratio
 * (on a busy machine parallel kinds stay well below N, sequential ones stay at N). The order inside a
 * pair alternates, so neither side always runs first; one pair is a warm-up for the JIT.
 *
 * @param label what was compared, e.g. {@code THREADS}
 * @param one the one-worker repetitions, in the order they ran
 * @param many the N-worker repetitions, pair by pair with {@code one}
 */
record PairedRuns(String label, List<WorkersResult> one, List<WorkersResult> many) {

  static PairedRuns measure(Loop loop, Workers oneWorker, Workers nWorkers) {
    oneWorker.run(loop);
    nWorkers.run(loop);
    List<WorkersResult> one = new ArrayList<>();
    List<WorkersResult> many = new ArrayList<>();
    for (int i = 0; i < Workload.repetitions(); i++) {
      if (i % 2 == 0) {
        one.add(oneWorker.run(loop));
        many.add(nWorkers.run(loop));
      } else {
        many.add(nWorkers.run(loop));
        one.add(oneWorker.run(loop));
      }
    }
    String label = nWorkers.kind() + (nWorkers.isPinnedToOneCpu() ? " pinned to CPU 0" : "");
    PairedRuns runs = new PairedRuns(label, one, many);
    runs.describe().lines().forEach(loop::log);
    return runs;
  }

  /** Elapsed of N workers over one worker, pair by pair. */
  List<Double> ratios() {
    return IntStream.range(0, one.size())
        .mapToObj(i -> (double) many.get(i).elapsed().toNanos() / one.get(i).elapsed().toNanos())
        .toList();
  }

  /** The pair with the median ratio (the lower median for an even count): what the checks assert. */
  int medianPair() {
    List<Double> ratios = ratios();
    List<Integer> byRatio = IntStream.range(0, ratios.size()).boxed()
        .sorted(Comparator.comparing(ratios::get)).toList();
    return byRatio.get((byRatio.size() - 1) / 2);
  }

  /** The median pair's ratio, with both of its elapsed times. */
  ElapsedRatio medianRatio(String manyName, String oneName) {
    int pair = medianPair();
    return new ElapsedRatio(manyName, many.get(pair).elapsed(), oneName, one.get(pair).elapsed());
  }

  /** The N-worker repetition of the median pair: the evidence for how the workers shared the CPUs. */
  WorkersResult medianMany() {
    return many.get(medianPair());
  }

  double minRatio() {
    return ratios().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
  }

  double maxRatio() {
    return ratios().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
  }

  /** {@code THREADS: N/1 ratios [1.02, 0.98, 1.10] (median 1.02); ...}, then the median pair's spans. */
  String describe() {
    return String.format(Locale.ROOT, "%s: N/1 elapsed ratios %s, median %.2f; 1 worker %s s; N workers %s s%n%s",
        label, ratios().stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).collect(Collectors.joining(", ", "[", "]")),
        ratios().get(medianPair()), seconds(one), seconds(many), medianMany().describe());
  }

  /** The summary of this comparison for a table or a failure message. */
  String spread() {
    return String.format(Locale.ROOT, "median of %d pairs %.2f, range %.2f..%.2f", one.size(),
        ratios().get(medianPair()), minRatio(), maxRatio());
  }

  private static String seconds(List<WorkersResult> results) {
    return results.stream().map(r -> String.format(Locale.ROOT, "%.3f", r.elapsed().toNanos() / 1e9))
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
