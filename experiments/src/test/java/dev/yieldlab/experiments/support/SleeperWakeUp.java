package dev.yieldlab.experiments.support;

import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.TimelineEvent;
import dev.yieldlab.api.timeline.WakeUp;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@link CpuHeavyNextToSleeper}'s sleeper woke, read off a run's timeline (coroutines or
 * virtual-thread lanes alike): its wake-up, when cpu_heavy ended, and when a virtual sleeper was seen
 * unparked (queued for a carrier), if it was.
 */
public record SleeperWakeUp(WakeUp wakeUp, long cpuEndNanos, Optional<TimelineEvent> unpark) {

  /**
   * How far from its claimed value (1: waited for cpu_heavy to end; 0: let in at once) a sleeper's
   * {@link #lagShare()} may be and still say so, in VT-C3 and VT-C4.
   */
  public static final double SHARE_TOLERANCE = 0.05;

  public static SleeperWakeUp of(Timeline timeline) {
    WakeUp wakeUp = timeline.task("sleeper").wakeUps().getFirst();
    long cpuEnd = timeline.task("cpu_heavy").activity().endedAtNanos().orElseThrow();
    return new SleeperWakeUp(wakeUp, cpuEnd, timeline.task("sleeper").unparkAfterSleep(wakeUp));
  }

  /**
   * The sleeper's lag as a share of how long cpu_heavy went on after the sleeper's deadline: about 1
   * when the sleeper ran only once cpu_heavy had ended, about 0 when it was let in at once.
   */
  public double lagShare() {
    return (double) wakeUp.lag().toNanos() / Math.max(1, cpuEndNanos - wakeUp.deadlineNanos());
  }

  public boolean ranOnlyAfterCpuHeavyEnded() {
    return wakeUp.resumedAtNanos() >= cpuEndNanos;
  }

  /** Whether the sleeper was seen unparked before cpu_heavy ended: its timer's wake-up ran. */
  public boolean unparkedWhileCpuHeavyRan() {
    return unpark.filter(event -> event.nanos() < cpuEndNanos).isPresent();
  }

  public String describe() {
    return String.format(Locale.ROOT, "deadline +%.1f ms, ran again +%.1f ms (%.1f ms late), cpu_heavy ended +%.1f ms:"
            + " lag / cpu_heavy's time past the deadline = %.3f; %s", wakeUp.deadlineNanos() / 1e6,
        wakeUp.resumedAtNanos() / 1e6, wakeUp.lag().toNanos() / 1e6, cpuEndNanos / 1e6, lagShare(),
        unpark.map(e -> String.format(Locale.ROOT, "seen unparked at +%.1f ms", e.nanos() / 1e6))
            .orElse("never seen unparked before it ran"));
  }
}
