package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import dev.yieldlab.api.timing.Disturbance;
import dev.yieldlab.api.timing.PairedSample;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * What one run of N workers measured: its elapsed wall time and each worker's own span, so that how
 * the workers shared the machine (parallel, time-sliced, one after the other) can be read off, not
 * guessed from the total.
 *
 * @param kind how the workers ran
 * @param workers how many there were
 * @param pinnedToOneCpu whether they all ran on CPU 0
 * @param elapsed wall time from starting the first worker to the end of the last, as the caller saw
 *     it (for processes: from the first launch to the last exit, JVM start-up included, like the
 *     post's {@code time.time() - start})
 * @param spans one per worker, in worker order
 * @param gilHolds every stretch a worker held the emulated GIL, in order; empty for other kinds
 * @param foreignCpus how many CPUs other processes of the machine kept busy on average during the run
 *     (not this JVM, not its workers); NaN where unknown (no Linux {@code /proc})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WorkersResult(
    WorkerKind kind, int workers, boolean pinnedToOneCpu, Duration elapsed, List<WorkerSpan> spans,
    List<GilHold> gilHolds, double foreignCpus) implements PairedSample {

  public WorkersResult {
    spans = List.copyOf(spans);
    gilHolds = List.copyOf(gilHolds);
  }

  /**
   * The largest number of workers whose spans cover one instant: N for parallel or time-sliced
   * workers (all between their start and end at once), 1 for workers that ran one after the other.
   */
  public int maxConcurrentSpans() {
    return Intervals.maxConcurrent(spans.stream().map(s -> new long[] {s.startEpochNanos(), s.endEpochNanos()}).toList());
  }

  /**
   * How long all workers were between their start and their end at the same time, as a fraction of
   * the shortest span: near 1 when they shared the whole stretch, 0 when they ran in sequence.
   */
  public double commonOverlapFraction() {
    return Intervals.commonOverlapFraction(
        spans.stream().map(s -> new long[] {s.startEpochNanos(), s.endEpochNanos()}).toList());
  }

  /** The largest number of workers that held the emulated GIL at one instant: 1 if it serializes. */
  public int maxConcurrentGilHolders() {
    return Intervals.maxConcurrent(gilHolds.stream().map(h -> new long[] {h.fromEpochNanos(), h.toEpochNanos()}).toList());
  }

  /**
   * Wall time from the first worker's start of computing to the last one's end, from the workers'
   * own spans: {@link #elapsed()} without what comes before and after computing (for processes, JVM
   * start-up and exit).
   */
  public Duration computingWall() {
    long first = spans.stream().mapToLong(WorkerSpan::startEpochNanos).min().orElse(0);
    long last = spans.stream().mapToLong(WorkerSpan::endEpochNanos).max().orElse(0);
    return Duration.ofNanos(last - first);
  }

  /**
   * What a paired comparison of workers compares: the {@link #computingWall() computing wall}. For
   * threads and coroutines it is the elapsed time; for processes it leaves out the child JVM's
   * start-up and exit (~0.4 s each on a busy machine, where Python's fork takes milliseconds), which
   * is not what the post measures and dilutes the ratio towards 1 (pinned processes measured 1.6
   * instead of 2 with it). {@link #total()} is the launch-to-exit time, reported beside it.
   */
  @Override
  public Duration measured() {
    return computingWall();
  }

  @Override
  public Duration total() {
    return elapsed;
  }

  /**
   * N workers meant to run in parallel need N CPUs nobody else uses; so do GIL threads, since each
   * hand-over wakes a parked thread, which a busy machine schedules late (pairs measured under 1.2 to
   * 1.6 foreign CPUs gave ratios of 1.33 and 1.55 instead of 2). Coroutines, one thread doing N times
   * the work, need one CPU, as do workers pinned to CPU 0 (all on one CPU: whether that CPU was free
   * their own run-queue waits tell, see {@link #disturbance()}).
   */
  @Override
  public int freeCpusNeeded() {
    return pinnedToOneCpu || kind == WorkerKind.COROUTINES ? 1 : workers;
  }

  /** Workers pinned to CPU 0 whose waits for it say something else used it ({@link PinnedWaits}). */
  @Override
  public Optional<Disturbance> disturbance() {
    return pinnedToOneCpu ? PinnedWaits.disturbance(spans.stream().map(WorkerSpan::kernelView).toList(), workers)
        : Optional.empty();
  }

  /** CPU time of all workers together. */
  public Duration totalCpu() {
    return Duration.ofNanos(spans.stream().mapToLong(WorkerSpan::cpuNanos).sum());
  }

  /** The smallest CPU share (CPU over wall) of any worker: ≈1 with a CPU each, ≈1/N when sharing one. */
  public double minCpuShare() {
    return spans.stream().mapToDouble(WorkerSpan::cpuShare).min().orElse(0);
  }

  /** This result with the foreign load measured around it; the engine sets it, authors read {@link #foreignCpus()}. */
  @API(status = INTERNAL)
  public WorkersResult withForeignCpus(double cpus) {
    return new WorkersResult(kind, workers, pinnedToOneCpu, elapsed, spans, gilHolds, cpus);
  }

  /** One line per worker, for logs and failure messages. */
  @Override
  public String describe() {
    long origin = spans.stream().mapToLong(WorkerSpan::startEpochNanos).min().orElse(0);
    String header = String.format(Locale.ROOT, "%d %s%s: %.3f s elapsed, %.3f s computing, other processes busy on %.2f CPUs", workers, kind,
        pinnedToOneCpu ? " pinned to CPU 0" : "", elapsed.toNanos() / 1e9, computingWall().toNanos() / 1e9, foreignCpus);
    return header + spans.stream()
        .map(s -> String.format(Locale.ROOT, "%n  %-12s computes +%.3f s .. +%.3f s, cpu %.3f s (%.0f %% of its wall)",
            s.worker(), (s.startEpochNanos() - origin) / 1e9, (s.endEpochNanos() - origin) / 1e9,
            s.cpuNanos() / 1e9, 100 * s.cpuShare()))
        .collect(Collectors.joining());
  }
}
