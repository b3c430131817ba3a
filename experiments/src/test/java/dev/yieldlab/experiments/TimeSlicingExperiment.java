package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Configuration;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Variant;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.api.timing.Pair;
import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.api.workers.PythonRun;
import dev.yieldlab.api.workers.WorkersResult;
import dev.yieldlab.experiments.support.Parallelism;
import dev.yieldlab.experiments.support.PostsPython;
import java.util.List;
import java.util.Locale;

/**
 * The post's one-CPU cloud VM, reproduced by pinning: N processes on CPU 0 are not simultaneous, they
 * take N times as long as one; yet they do not run one after the other either: the OS time-slices
 * them, so all N are between their start and their end at the same time, each getting about 1/N of
 * the CPU. Where pinning is impossible (no taskset, one CPU) the run is aborted with the reason, and
 * so are the checks: never a pass. A pair counts only if CPU 0 was the processes' own, as their
 * run-queue waits tell ({@link WorkersResult#disturbance()}); the engine measures disturbed pairs
 * again, and a check without any pair that counts is inconclusive, with the reason.
 */
@Experiment(claim = "C6", title = "On one CPU, N processes are time-sliced: N times as long, yet overlapping")
class TimeSlicingExperiment {

  /** N = one process per processor; where pinning is impossible the variant is aborted, with the reason. */
  @Run(value = "1 vs N processes pinned to CPU 0", timeout = "5m", paired = true)
  @Variant(name = "pinned processes", params = {"kind=PROCESSES", "pinned=true"})
  WorkersResult pinnedProcesses(Loop loop, VariantSpec variant, Configuration configuration, PairSide side) {
    return Parallelism.measure(loop, variant, configuration, side);
  }

  @Check(value = "N processes on one CPU take N times as long as one", runs = "pinnedProcesses")
  void oneCpuGivesNoSpeedUp(Runs runs, Report report) {
    PairedMeasurement<WorkersResult> pinned = runs.get("pinnedProcesses").paired(WorkersResult.class);
    int n = Parallelism.workers(pinned);
    ElapsedRatio ratio = pinned.ratio("pinned N=" + n, "pinned N=1");
    report.entry("C6 ratio", ratio.toString());
    report.finding("yieldlab: " + n + " processes pinned to CPU 0 took " + PostsPython.times(ratio) + " the time of one");
    assertThat(ratio).as(pinned.describe()).isCloseTo(n, Parallelism.tolerance(n));
  }

  @Check(value = "their run intervals overlap in wall time: time slicing, not one after the other",
      runs = "pinnedProcesses")
  void processesAreTimeSlicedNotSequenced(Runs runs, Report report) {
    PairedMeasurement<WorkersResult> pinned = runs.get("pinnedProcesses").paired(WorkersResult.class);
    pinned.medianPair(); // inconclusive, for more pairs, while none counts
    int n = Parallelism.workers(pinned);
    // The report's Gantt chart shows it too: the run's lanes, one per process, computed N at a time.
    Timeline timeline = runs.get("pinnedProcesses").timeline();
    assertThat(timeline.maxLanesComputingAtOnce()).as("lanes computing at once in the run's timeline %s",
        timeline.lanes()).isEqualTo(n);
    List<Pair<WorkersResult>> counted = pinned.countedPairs();
    for (int i = 0; i < counted.size(); i++) {
      WorkersResult repetition = counted.get(i).treatment();
      // The lone pinned process's share of CPU 0 in the same pair, for the record: ~1 on a quiet CPU.
      double aloneShare = counted.get(i).baseline().minCpuShare();
      report.entry("C6 pair " + (i + 1), String.format(Locale.ROOT, "common overlap %.2f, CPU shares %s, alone %.2f",
          repetition.commonOverlapFraction(),
          repetition.spans().stream().map(s -> String.format(Locale.ROOT, "%.2f", s.cpuShare())).toList(), aloneShare));
      assertThat(repetition.maxConcurrentSpans()).as("processes between start and end at once%n%s",
          repetition.describe()).isEqualTo(n);
      // One after the other would share nothing; slicing shares most of the shortest span (the JVMs
      // start one after the other, so not quite all of it).
      assertThat(repetition.commonOverlapFraction()).as("common overlap / shortest span%n%s", repetition.describe())
          .isGreaterThan(0.5);
      // Each got about 1/N of CPU 0 while it computed; run one after the other, each would get all of it.
      assertThat(repetition.spans()).as(repetition.describe()).allSatisfy(span ->
          assertThat(span.cpuShare()).as("CPU share of %s (%.2f alone)", span.worker(), aloneShare)
              .isLessThan((1.0 / n + 1.0) / 2));
    }
  }

  /**
   * Time slicing as the kernel counts it (schedstat and status of each child's computing thread):
   * each of N processes on one CPU waits in the run queue for about (N - 1)/N of its span, and the
   * scheduler takes the CPU from it at the end of every slice (an involuntary switch), several per
   * 100 ms. Measured here for N = 2 over ~0.7 s spans: run-queue fractions 0.48 to 0.50 and 90 to 110
   * involuntary switches each; alone, a pinned process waits for almost nothing.
   */
  @Check(value = "the kernel's view: each pinned process waits in the run queue for (N-1)/N of its span and is"
      + " preempted at every time slice", runs = "pinnedProcesses")
  void kernelSeesTimeSlicing(Runs runs, Report report) {
    PairedMeasurement<WorkersResult> pinned = runs.get("pinnedProcesses").paired(WorkersResult.class);
    Pair<WorkersResult> median = pinned.medianPair();
    int n = Parallelism.workers(pinned);
    for (var span : median.treatment().spans()) {
      report.entry(span.worker() + " (one of " + n + ")", span.kernelView().describe());
      assertThat(span.kernelView())
          .waitingFractionAbove((n - 1.0) / n * RUN_QUEUE_SHARE_OF_EXPECTED)
          .involuntarySwitchesAtLeast(span.wall().toMillis() / SLICE_MILLIS_AT_MOST);
    }
    for (var span : median.baseline().spans()) {
      report.entry(span.worker() + " (alone)", span.kernelView().describe());
    }
  }

  /** The post's multiprocessing script pinned to CPU 0, rerun: one process against one per processor, in pairs. */
  @Run(value = "the post's own Python: one process vs N processes, pinned to CPU 0", timeout = "5m", paired = true)
  PythonRun postsPythonPinned(Loop loop, Configuration configuration, PairSide side) {
    String count = side == PairSide.BASELINE ? "1" : Integer.toString(Runtime.getRuntime().availableProcessors());
    return PostsPython.multiprocessing(count, configuration).pinnedToOneCpu().run(loop);
  }

  @Check(value = "multiprocessing on one CPU, rerun here: N Python processes take N times as long as one, each waiting"
      + " in the run queue for (N-1)/N of it", runs = "postsPythonPinned", reference = true)
  void pythonProcessesAreTimeSliced(Runs runs, Report report) {
    PairedMeasurement<PythonRun> python = runs.get("postsPythonPinned").paired(PythonRun.class);
    PythonRun many = python.medianPair().treatment();
    int n = many.kernel().size();
    ElapsedRatio ratio = python.ratio("python pinned N=" + n, "python pinned N=1");
    many.kernel().forEach(view -> report.entry(view.who(), view.describe()));
    python.medianPair().baseline().kernel().forEach(view -> report.entry(view.who() + " (alone)", view.describe()));
    report.finding("multiprocessing: " + n + " Python processes on one CPU took " + PostsPython.times(ratio)
        + " the time of one");
    assertThat(ratio).as(python.describe()).isCloseTo(n, Parallelism.tolerance(n));
    many.kernel().forEach(view -> assertThat(view).waitingFractionAbove((n - 1.0) / n * RUN_QUEUE_SHARE_OF_EXPECTED));
  }

  /** How much of the expected (N-1)/N run-queue fraction must be seen: the JVM's own threads share CPU 0 too. */
  static final double RUN_QUEUE_SHARE_OF_EXPECTED = 0.6;
  /** CFS gives a few milliseconds per slice with two runnable tasks; one preemption per 50 ms is a loose floor. */
  static final long SLICE_MILLIS_AT_MOST = 50;
}
