package dev.yieldlab.experiments;

import dev.yieldlab.api.Timeline;
import dev.yieldlab.api.TimelineEvent;
import dev.yieldlab.api.WakeUp;
import java.util.Locale;
import java.util.Optional;

/**
 * How {@link CpuHeavyNextToSleeper}'s sleeper woke, read off a run's timeline (coroutines or
 * virtual-thread lanes alike): its wake-up, when cpu_heavy ended, and when a virtual sleeper was seen
 * unparked (queued for a carrier), if it was.
 */
record SleeperWakeUp(WakeUp wakeUp, long cpuEndNanos, Optional<TimelineEvent> unpark) {

  static SleeperWakeUp of(Timeline timeline) {
    WakeUp wakeUp = timeline.wakeUpsOf("sleeper").getFirst();
    long cpuEnd = timeline.activityOf("cpu_heavy").endedAtNanos().orElseThrow();
    return new SleeperWakeUp(wakeUp, cpuEnd, timeline.unparkAfterSleep("sleeper", wakeUp));
  }

  /**
   * The sleeper's lag as a share of how long cpu_heavy went on after the sleeper's deadline: about 1
   * when the sleeper ran only once cpu_heavy had ended, about 0 when it was let in at once.
   */
  double lagShare() {
    return (double) wakeUp.lag().toNanos() / Math.max(1, cpuEndNanos - wakeUp.deadlineNanos());
  }

  boolean ranOnlyAfterCpuHeavyEnded() {
    return wakeUp.resumedAtNanos() >= cpuEndNanos;
  }

  /** Whether the sleeper was seen unparked before cpu_heavy ended: its timer's wake-up ran. */
  boolean unparkedWhileCpuHeavyRan() {
    return unpark.filter(event -> event.nanos() < cpuEndNanos).isPresent();
  }

  String describe() {
    return String.format(Locale.ROOT, "deadline +%.1f ms, ran again +%.1f ms (%.1f ms late), cpu_heavy ended +%.1f ms:"
            + " lag / cpu_heavy's time past the deadline = %.3f; %s", wakeUp.deadlineNanos() / 1e6,
        wakeUp.resumedAtNanos() / 1e6, wakeUp.lag().toNanos() / 1e6, cpuEndNanos / 1e6, lagShare(),
        unpark.map(e -> String.format(Locale.ROOT, "seen unparked at +%.1f ms", e.nanos() / 1e6))
            .orElse("never seen unparked before it ran"));
  }
}
