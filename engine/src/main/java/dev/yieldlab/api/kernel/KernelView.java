package dev.yieldlab.api.kernel;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * What the kernel counted for one thread (or process) over an interval of wall time: the loop's
 * thread over a run, a worker over its span. Assertions on it: {@code assertThat(view)}.
 *
 * @param who whose counters these are, e.g. {@code the loop thread} or {@code process-1}
 * @param counters what the kernel counted over the interval
 * @param wall the interval's wall time
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record KernelView(String who, KernelCounters counters, Duration wall) {

  /** Time on a CPU over wall time: near 1 for a thread that computed throughout, near 0 for one that slept. */
  public Figure<Double> cpuFraction() {
    return counters.onCpu().map(cpu -> wall.isZero() ? 0.0 : (double) cpu.toNanos() / wall.toNanos());
  }

  /** Time waiting in a run queue over wall time: (N-1)/N for N threads time-sliced on one CPU. */
  public Figure<Double> waitingFraction() {
    return counters.waitingToRun().map(wait -> wall.isZero() ? 0.0 : (double) wait.toNanos() / wall.toNanos());
  }

  /**
   * {@code the loop thread: 3 voluntary and 1 involuntary OS context switches, 2.900 s of CPU in
   * 3.000 s, 0.004 s waiting to run}.
   */
  public String describe() {
    return who + ": " + counters.switchesText() + ", " + counters.onCpu().describe(KernelCounters::seconds)
        + " of CPU in " + KernelCounters.seconds(wall) + ", " + counters.waitingToRun().describe(KernelCounters::seconds)
        + " waiting to run";
  }
}
