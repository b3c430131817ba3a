package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.kernel.KernelCounters;
import dev.yieldlab.api.kernel.KernelView;
import java.time.Duration;
import org.apiguardian.api.API;

/**
 * When one worker computed and what it cost, as the worker itself measured it.
 *
 * @param worker the worker's name, e.g. {@code process-1}
 * @param startEpochNanos when it began computing, in nanoseconds since the epoch: a time base shared
 *     by every process of the machine, so spans of child processes and threads compare directly
 * @param endEpochNanos when it finished computing, same time base
 * @param cpuNanos CPU time its thread used while computing
 * @param result what the body returned (the proof the work was done)
 * @param kernel what the kernel counted for its thread while it computed (a child process counts its
 *     own and reports them)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record WorkerSpan(String worker, long startEpochNanos, long endEpochNanos, long cpuNanos, long result,
    KernelCounters kernel) {

  /** A span whose kernel counters were not read. */
  public WorkerSpan(String worker, long startEpochNanos, long endEpochNanos, long cpuNanos, long result) {
    this(worker, startEpochNanos, endEpochNanos, cpuNanos, result, KernelCounters.unavailable("not read for this span"));
  }

  public WorkerSpan {
    if (endEpochNanos < startEpochNanos) {
      throw new IllegalArgumentException("worker '" + worker + "' ends before it starts: " + startEpochNanos
          + " > " + endEpochNanos);
    }
  }

  /** Wall time between start and end. */
  public Duration wall() {
    return Duration.ofNanos(endEpochNanos - startEpochNanos);
  }

  public Duration cpu() {
    return Duration.ofNanos(cpuNanos);
  }

  /** The kernel's view of this worker's thread over its span. */
  public KernelView kernelView() {
    return new KernelView(worker, kernel, wall());
  }

  /**
   * CPU time over wall time: about 1 for a worker that had a CPU to itself, about 1/N for one that
   * shared a CPU with N-1 others (time slicing) or took turns under a GIL.
   */
  public double cpuShare() {
    long wall = endEpochNanos - startEpochNanos;
    return wall == 0 ? 1.0 : (double) cpuNanos / wall;
  }
}
