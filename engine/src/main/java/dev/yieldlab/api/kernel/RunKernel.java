package dev.yieldlab.api.kernel;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * The kernel's view of one run ({@link dev.yieldlab.api.RunResult#kernel()}): the loop thread's counters from the
 * run's start to its end, read from {@code /proc} at those two moments only (never on the switch
 * path), and the process's thread count at both.
 *
 * @param loopThread the loop thread over the run
 * @param threadsAtStart threads of the JVM process when the run started
 * @param threadsAtEnd threads of the JVM process when it ended
 * @param loopIdleWaits times the loop had nothing ready and put its thread to wait (for a timer or in
 *     its selector) over the run: what the loop thread's voluntary context switches are read against
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record RunKernel(KernelView loopThread, Figure<Integer> threadsAtStart, Figure<Integer> threadsAtEnd,
    long loopIdleWaits) {

  /** A run whose counters were not read, for {@code reason} (e.g. it never started). */
  public static RunKernel unavailable(String reason) {
    return new RunKernel(new KernelView("the loop thread", KernelCounters.unavailable(reason), Duration.ZERO),
        Figure.unavailable(reason), Figure.unavailable(reason), 0);
  }
}
