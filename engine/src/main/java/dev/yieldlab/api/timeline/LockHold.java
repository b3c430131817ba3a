package dev.yieldlab.api.timeline;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;

/**
 * One stretch in which a task held a lock ({@link PrimitiveHistory#lockHolds}).
 *
 * @param lock the lock's name
 * @param task who held it
 * @param acquiredNanos when it acquired it (its SYNC event)
 * @param releasedNanos when it released it, or the end of the timeline if it never did
 * @param released whether it released it within the timeline
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record LockHold(String lock, String task, long acquiredNanos, long releasedNanos, boolean released) {

  public Duration duration() {
    return Duration.ofNanos(releasedNanos - acquiredNanos);
  }

  /** Whether this hold and {@code other} share an instant (one ending as the other starts does not). */
  public boolean overlaps(LockHold other) {
    return acquiredNanos < other.releasedNanos && other.acquiredNanos < releasedNanos;
  }
}
