package dev.yieldlab.api.workers;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A {@code jdk.VirtualThreadPinned} event that JFR recorded in a child JVM: a virtual thread blocked
 * while it could not unmount, so that its carrier did nothing else meanwhile.
 *
 * @param thread the virtual thread's name
 * @param startEpochNanos when it began to block, in nanoseconds since the epoch
 * @param duration how long it blocked its carrier
 * @param carrier the carrier it held
 * @param blockingOperation what it blocked in, as JFR names it (e.g. {@code LockSupport.park})
 * @param pinnedReason why it could not unmount, as JFR says it (e.g. {@code Native or VM frame on stack})
 * @param topFrames the first frames of its stack, innermost first: {@code Class.method:line}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record PinnedEvent(String thread, long startEpochNanos, Duration duration, String carrier, String blockingOperation,
    String pinnedReason, List<String> topFrames) {

  public PinnedEvent {
    topFrames = List.copyOf(topFrames);
  }

  /** Whether any of its top frames is in a method named {@code method} of a class whose name contains {@code className}. */
  public boolean passedThrough(String className, String method) {
    return topFrames.stream().anyMatch(frame -> frame.contains(className) && frame.contains("." + method + ":"));
  }

  /** {@code 'blocker' pinned ForkJoinPool-1-worker-1 for 201 ms in LockSupport.park (Native or VM frame on stack), at ...}. */
  public String describe() {
    return "'" + thread + "' pinned " + carrier + " for " + duration.toMillis() + " ms in " + blockingOperation + " ("
        + pinnedReason + ")" + (topFrames.isEmpty() ? "" : ", at " + String.join(" < ", topFrames));
  }
}
