package dev.yieldlab.experiments;

import static org.assertj.core.api.Assumptions.assumeThat;

import dev.yieldlab.api.ElapsedRatio;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.workers.WorkerKind;
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
 * checks.
 *
 * <ul>
 *   <li><b>Pairs</b>: other builds come and go within seconds; within a pair the conditions are
 *       about the same. The order inside a pair alternates, so neither side always runs first; one
 *       pair is a warm-up for the JIT.
 *   <li><b>Quiet pairs only, where it matters</b>: N parallel workers cannot show parallelism while other processes keep the
 *       CPUs busy (measured here: others on 1.5 of 2 CPUs gave Java threads a ratio of 2 to 3). A
 *       pair counts only if other processes kept less than {@link #QUIET_LIMIT_CPUS} CPU busy on both
 *       sides ({@link WorkersResult#foreignCpus()}); up to twice the repetitions are tried to collect
 *       them (unless the first R pairs were all disturbed). With none, the checks are aborted with the loads seen: no verdict, never a false one.
 *   <li><b>Computing wall</b>: the time compared is each repetition's {@linkplain
 *       WorkersResult#computingWall() computing wall}, from the first worker's start of computing to
 *       the last one's end. For threads and coroutines it is the elapsed time; for processes it
 *       leaves out the child JVM's start-up and exit (~0.4 s each on a busy machine, where Python's
 *       fork takes milliseconds), which is not what the post measures and dilutes the ratio towards 1
 *       (pinned processes measured 1.6 instead of 2 with it). Launch-to-exit ratios are reported too.
 * </ul>
 *
 * @param label what was compared, e.g. {@code THREADS}
 * @param needsFreeCpus whether the claim needs CPUs nobody else uses: parallel kinds, and pinned
 *     ones (other runnable threads on CPU 0 take a larger share from one process than from N: a lone
 *     pinned process got 45 % of CPU 0 and each of two 40 %, under 1.4 foreign CPUs). One thread
 *     doing N times the work (coroutines, GIL threads) keeps its ratio under a steady foreign load,
 *     since it slows both sides of a pair alike, so every pair of theirs counts
 * @param one the one-worker repetitions, in the order they ran
 * @param many the N-worker repetitions, pair by pair with {@code one}
 */
record PairedRuns(String label, boolean needsFreeCpus, List<WorkersResult> one, List<WorkersResult> many) {

  /** Other processes' load (CPUs kept busy) under which a pair still counts. */
  static final double QUIET_LIMIT_CPUS = 0.5;

  /** One worker against the N a variant declares ({@link Workers#of(VariantSpec)}), sized by {@link Workload}. */
  static PairedRuns measure(Loop loop, VariantSpec variant) {
    Workers many = Workload.sized(Workers.of(variant));
    return measure(loop, many.count(1), many);
  }

  static PairedRuns measure(Loop loop, Workers oneWorker, Workers nWorkers) {
    oneWorker.run(loop);
    nWorkers.run(loop);
    List<WorkersResult> one = new ArrayList<>();
    List<WorkersResult> many = new ArrayList<>();
    String label = nWorkers.kind() + (nWorkers.isPinnedToOneCpu() ? " pinned to CPU 0" : "");
    boolean needsFreeCpus = nWorkers.isPinnedToOneCpu()
        || nWorkers.kind() == WorkerKind.THREADS || nWorkers.kind() == WorkerKind.PROCESSES;
    for (int i = 0; i < 2 * Workload.repetitions(); i++) {
      if (i % 2 == 0) {
        one.add(oneWorker.run(loop));
        many.add(nWorkers.run(loop));
      } else {
        many.add(nWorkers.run(loop));
        one.add(oneWorker.run(loop));
      }
      int quiet = new PairedRuns(label, needsFreeCpus, one, many).quietPairs().size();
      // Enough pairs; or a machine busy for as many pairs as asked for, which more pairs rarely change.
      if (quiet == Workload.repetitions() || (quiet == 0 && i + 1 == Workload.repetitions())) {
        break;
      }
    }
    PairedRuns runs = new PairedRuns(label, needsFreeCpus, one, many);
    runs.describe().lines().forEach(loop::log);
    return runs;
  }

  /** N: how many workers the many side ran. */
  int workers() {
    return many.getFirst().workers();
  }

  /** The pairs measured while other processes left the CPUs alone; unknown load (no /proc) counts as quiet. */
  List<Integer> quietPairs() {
    if (!needsFreeCpus) {
      return IntStream.range(0, one.size()).boxed().toList();
    }
    return IntStream.range(0, one.size()).filter(i -> isQuiet(one.get(i)) && isQuiet(many.get(i))).boxed().toList();
  }

  /** Aborts the calling check, with every pair's foreign load, when no pair was quiet. */
  void requireQuietPairs() {
    assumeThat(quietPairs())
        .as("%s: pairs measured while other processes kept < %.1f CPU busy; foreign CPUs per pair (1 / N): %s",
            label, QUIET_LIMIT_CPUS, foreignLoads())
        .isNotEmpty();
  }

  /** Computing wall of N workers over one worker's, for each quiet pair: what is asserted. */
  List<Double> ratios() {
    return quietPairs().stream()
        .map(i -> (double) many.get(i).computingWall().toNanos() / one.get(i).computingWall().toNanos())
        .toList();
  }

  /** Launch-to-exit elapsed of N workers over one worker's, for each quiet pair: reported, not asserted. */
  List<Double> elapsedRatios() {
    return quietPairs().stream()
        .map(i -> (double) many.get(i).elapsed().toNanos() / one.get(i).elapsed().toNanos())
        .toList();
  }

  /** The index of the quiet pair with the median ratio (the lower median for an even count). */
  int medianPair() {
    requireQuietPairs();
    List<Integer> quiet = quietPairs();
    List<Double> ratios = ratios();
    List<Integer> byRatio = IntStream.range(0, quiet.size()).boxed().sorted(Comparator.comparing(ratios::get)).toList();
    return quiet.get(byRatio.get((byRatio.size() - 1) / 2));
  }

  double medianRatio() {
    int pair = medianPair();
    return (double) many.get(pair).computingWall().toNanos() / one.get(pair).computingWall().toNanos();
  }

  /** The median pair's ratio, with both of its times. */
  ElapsedRatio medianRatio(String manyName, String oneName) {
    int pair = medianPair();
    return new ElapsedRatio(manyName, many.get(pair).computingWall(), oneName, one.get(pair).computingWall());
  }

  /** The N-worker repetition of the median pair: the evidence for how the workers shared the CPUs. */
  WorkersResult medianMany() {
    return many.get(medianPair());
  }

  /** The one-worker repetitions of the quiet pairs, in the same order as {@link #quietMany()}. */
  List<WorkersResult> quietOne() {
    return quietPairs().stream().map(one::get).toList();
  }

  /** The N-worker repetitions of the quiet pairs. */
  List<WorkersResult> quietMany() {
    return quietPairs().stream().map(many::get).toList();
  }

  double minRatio() {
    return ratios().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  double maxRatio() {
    return ratios().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** The log of this comparison: ratios, loads and the median pair's spans. */
  String describe() {
    String head = String.format(Locale.ROOT, "%s: %d of %d pairs count%s, foreign CPUs per pair (1 / N) %s", label,
        quietPairs().size(), one.size(), needsFreeCpus ? " (quiet ones)" : "", foreignLoads());
    if (quietPairs().isEmpty()) {
      return head;
    }
    return head + String.format(Locale.ROOT, "%nN/1 computing-wall ratios %s, median %.2f (launch-to-exit %s);"
            + " 1 worker computing %s s; N workers computing %s s%n%s",
        list(ratios()), medianRatio(), list(elapsedRatios()), seconds(one), seconds(many), medianMany().describe());
  }

  /** {@code median of 3 quiet pairs 1.02, range 0.98..1.10 (...)}, for a table or a failure message. */
  String spread() {
    return String.format(Locale.ROOT, "median of %d pairs %.2f, range %.2f..%.2f (launch-to-exit %s)",
        quietPairs().size(), medianRatio(), minRatio(), maxRatio(), list(elapsedRatios()));
  }

  String foreignLoads() {
    return IntStream.range(0, one.size())
        .mapToObj(i -> String.format(Locale.ROOT, "%.2f / %.2f", one.get(i).foreignCpus(), many.get(i).foreignCpus()))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static boolean isQuiet(WorkersResult result) {
    return Double.isNaN(result.foreignCpus()) || result.foreignCpus() < QUIET_LIMIT_CPUS;
  }

  private static String seconds(List<WorkersResult> results) {
    return results.stream().map(r -> String.format(Locale.ROOT, "%.3f", r.computingWall().toNanos() / 1e9))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String list(List<Double> ratios) {
    return ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).collect(Collectors.joining(", ", "[", "]"));
  }
}
