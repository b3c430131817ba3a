package dev.yieldlab.loop;

import java.time.Duration;
import java.util.Objects;

/**
 * A run's limits and the failures that end it when it reaches one: the deadline on the loop's clock,
 * a stop asked for from another thread (platform cancellation), and a deadlock. The checks are on the
 * path of every switch, so they are a field compare and a volatile read; the messages, which list
 * every unfinished task, are built in methods of their own, only when they are thrown.
 */
final class RunLimits {

  /** The loop clock's time past which the run fails; {@link Long#MAX_VALUE} for none. */
  final long deadline;
  private final String timeoutText;
  private final UnfinishedTasks unfinished;
  /** Set from another thread to end the run at the loop's next step. */
  private volatile String stopReason;

  RunLimits(Duration timeout, UnfinishedTasks unfinished) {
    this.deadline = timeout == null ? Long.MAX_VALUE : timeout.toNanos();
    this.timeoutText = timeout == null ? "" : timeout.toString();
    this.unfinished = unfinished;
  }

  void requestStop(String reason) {
    stopReason = Objects.requireNonNull(reason, "reason");
  }

  boolean stopRequested() {
    return stopReason != null;
  }

  /** Throws {@link LoopStoppedException} if a stop was asked for. */
  void checkStop() {
    String reason = stopReason;
    if (reason != null) {
      throw stopped(reason); // its message is built apart, so that this check inlines
    }
  }

  /** Whether {@code now} is past the deadline: a run that reaches it exactly is in time. */
  boolean passed(long now) {
    return now > deadline;
  }

  LoopTimeoutException timedOut() {
    return new LoopTimeoutException("run exceeded its timeout of " + timeoutText + "; unfinished tasks:"
        + System.lineSeparator() + unfinished.describe());
  }

  /** The timeout of a coroutine that computes without suspending, caught at an injected yield point. */
  LoopTimeoutException timedOutComputing(String task, String where) {
    return new LoopTimeoutException("run exceeded its timeout of " + timeoutText + " in task '" + task
        + "', still computing in " + where);
  }

  DeadlockException deadlock() {
    return new DeadlockException(unfinished.describe());
  }

  private LoopStoppedException stopped(String reason) {
    return new LoopStoppedException("run stopped: " + reason + "; unfinished tasks:" + System.lineSeparator()
        + unfinished.describe());
  }
}
