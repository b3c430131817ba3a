package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One thing that happened to a virtual thread in a child JVM, as the child recorded it: the thread
 * itself at each {@link dev.yieldlab.api.strand.Strand} call, or the child's state watcher, which samples
 * every virtual thread's state and carrier (every 200 µs) to see what
 * the thread cannot see of itself: when it was unparked, queued for a carrier, or blocked while pinned.
 *
 * @param thread the virtual thread's name: its lane
 * @param kind what happened
 * @param epochNanos when, in nanoseconds since the epoch (the time base a child shares with its parent)
 * @param carrier the carrier it was mounted on then; empty when it was not mounted
 * @param detail a LOG's message, what a PARK waited for, a FAIL's exception; empty otherwise
 * @param sleepNanos how long a SLEEP asked to sleep; 0 for other kinds
 * @param watched whether the state watcher saw it (its time is within a sample of the truth) rather
 *     than the thread recording it itself
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record VirtualThreadEvent(String thread, Kind kind, long epochNanos, String carrier, String detail, long sleepNanos,
    boolean watched) {

  /** The kinds of events, each a change of the thread's state except LOG. */
  public enum Kind {
    /** Started running, mounted on {@link #carrier()}. */
    START,
    /** Mounted (again) on {@link #carrier()}, running. */
    RUN,
    /** Logged {@link #detail()}. */
    LOG,
    /** Went to sleep for {@link #sleepNanos()}, unmounting. */
    SLEEP,
    /** Called {@code Thread.yield()}, unmounting, queued again. */
    YIELD,
    /** Parked, unmounted: waits for {@link #detail()}. */
    PARK,
    /** Unparked or started: can run, queued for a carrier, not mounted yet. */
    WAKE,
    /** Blocked while still mounted: pinned, its carrier held. */
    PINNED,
    /** Returned. */
    END,
    /** Ended with {@link #detail()}. */
    FAIL
  }

  public VirtualThreadEvent {
    Objects.requireNonNull(thread, "thread");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(carrier, "carrier");
    Objects.requireNonNull(detail, "detail");
  }

  public Duration slept() {
    return Duration.ofNanos(sleepNanos);
  }

  /** Whether it was mounted on a carrier at that instant. */
  public boolean mounted() {
    return !carrier.isEmpty();
  }
}
