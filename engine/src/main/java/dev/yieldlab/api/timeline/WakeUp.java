package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * One sleep of a task and when it got the thread back: the evidence of timer lag.
 *
 * @param task the sleeper
 * @param sleptAtNanos when it went to sleep (its SLEEP event)
 * @param slept how long it asked to sleep
 * @param resumedAtNanos when it ran again (its RESUME event)
 * @param resumeSequence the RESUME event's position in the timeline
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record WakeUp(String task, long sleptAtNanos, Duration slept, long resumedAtNanos, int resumeSequence) {

  /** When the sleep was due: the SLEEP event's time plus the duration asked for. */
  public long deadlineNanos() {
    return sleptAtNanos + slept.toNanos();
  }

  /** How late it ran again after its deadline; zero when it was resumed early (cancelled). */
  public Duration lag() {
    return Duration.ofNanos(Math.max(0, resumedAtNanos - deadlineNanos()));
  }
}
