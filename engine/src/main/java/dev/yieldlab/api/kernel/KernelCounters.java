package dev.yieldlab.api.kernel;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * What the kernel counted for one thread (Linux {@code /proc/<tid>/status} and {@code schedstat}):
 * since it started, or, as {@link #since} makes them, over an interval such as a run.
 *
 * @param voluntarySwitches times it gave up the CPU itself: slept, parked, waited for I/O
 * @param involuntarySwitches times the scheduler took the CPU from it: its time slice ended, or a
 *     more urgent thread needed the CPU
 * @param onCpu time it ran on a CPU
 * @param waitingToRun time it was runnable but waited in a run queue for a CPU
 * @param timeslices how many times it got a CPU
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record KernelCounters(Figure<Long> voluntarySwitches, Figure<Long> involuntarySwitches, Figure<Duration> onCpu,
    Figure<Duration> waitingToRun, Figure<Long> timeslices) {

  /** Counters none of which could be read, for {@code reason}. */
  public static KernelCounters unavailable(String reason) {
    return new KernelCounters(Figure.unavailable(reason), Figure.unavailable(reason), Figure.unavailable(reason),
        Figure.unavailable(reason), Figure.unavailable(reason));
  }

  /** What was counted between {@code start} and these counters, figure by figure. */
  public KernelCounters since(KernelCounters start) {
    return new KernelCounters(voluntarySwitches.with(start.voluntarySwitches, (a, b) -> a - b),
        involuntarySwitches.with(start.involuntarySwitches, (a, b) -> a - b),
        onCpu.with(start.onCpu, Duration::minus), waitingToRun.with(start.waitingToRun, Duration::minus),
        timeslices.with(start.timeslices, (a, b) -> a - b));
  }

  /** Voluntary and involuntary switches together. */
  public Figure<Long> contextSwitches() {
    return voluntarySwitches.with(involuntarySwitches, Long::sum);
  }

  /** {@code 3 voluntary and 1 involuntary OS context switches}, or why they are unavailable. */
  public String switchesText() {
    return voluntarySwitches.with(involuntarySwitches, (v, i) -> v + " voluntary and " + i + " involuntary OS context switches")
        .describe(text -> text);
  }

  /** {@code 3 voluntary and 1 involuntary OS context switches, 2.900 s on a CPU, 0.004 s waiting to run}. */
  public String describe() {
    return switchesText() + ", " + onCpu.describe(KernelCounters::seconds) + " on a CPU, "
        + waitingToRun.describe(KernelCounters::seconds) + " waiting to run";
  }

  static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.3f s", duration.toNanos() / 1e9);
  }
}
