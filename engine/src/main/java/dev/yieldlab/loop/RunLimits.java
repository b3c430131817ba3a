package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A run's limits and the failures that end it when it reaches one: the deadline on the loop's clock,
 * a stop asked for from another thread (platform cancellation), and a deadlock. The checks are on the
 * path of every switch, so they are a field compare and a volatile read; the messages, which list
 * every unfinished task, are built in methods of their own, only when they are thrown.
 */
final class RunLimits {

  /**
   * yieldNow calls at one instant of the VIRTUAL clock, while timers wait, after which the run is
   * taken for busy polling (a power of two: the count is tested with a mask on every yield). About
   * 0.2 s of switching; a CPU-bound loop's injected yield points do not count, only explicit yields.
   */
  static final long BUSY_POLL_YIELDS = 1L << 20;
  static final long BUSY_POLL_CHECK_EVERY_MASK = BUSY_POLL_YIELDS - 1;

  /** The loop clock's time past which the run fails; {@link Long#MAX_VALUE} for none. */
  final long deadline;
  private final String timeoutText;
  private final UnfinishedTasks unfinished;
  /** Set from another thread to end the run at the loop's next step. */
  private volatile String stopReason;
  /** Whether the stop is the loop's own, for busy polling: it fails as a {@link BusyPollingException}. */
  private boolean busyPolling;

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

  /** Throws if a stop was asked for or {@code now} is past the deadline: checked after every stretch a coroutine ran. */
  void checkDeadline(long now) {
    checkStop();
    if (passed(now)) {
      throw timedOut();
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
    return new DeadlockException(WaitCycles.describe(unfinished.toList()) + unfinished.describe());
  }

  /**
   * Called every {@link #BUSY_POLL_YIELDS} yields at one instant: on the VIRTUAL clock, with a timer
   * pending that can never fire while some task is always ready, the run is stopped at the loop's next
   * step with a {@link BusyPollingException} (the timeline is kept, as for any failed run).
   */
  void checkBusyPolling(ClockKind clock, CoroutineTask<?> yielder, long yields, long now, TimerQueue timers) {
    if (clock != ClockKind.VIRTUAL || !timers.hasStanding() || stopReason != null) {
      return;
    }
    long nextDeadline = timers.nextDeadline();
    CoroutineTask<?> nextSleeper = timers.nextSleeper();
    String sleeper = nextSleeper != null ? "task '" + nextSleeper.name() + "' sleeps" : "a timeout waits";
    busyPolling = true;
    stopReason = String.format(Locale.ROOT, "busy polling on the VIRTUAL clock: tasks yielded %,d times"
        + " (the last, '%s') while the clock stood at +%.3f s and %s until +%.3f s. On the VIRTUAL clock time moves"
        + " only when no task is ready, so a loop of yieldNow() that waits for something to change waits forever."
        + " Wait on a primitive instead (Queue.get, Event.await, Lock.acquire, Semaphore, Condition, Deferred.await,"
        + " Task.join; loop.await(name, future) for work on another thread), or sleep between polls", yields,
        yielder.name(), now / 1e9, sleeper, nextDeadline / 1e9);
  }

  private LoopStoppedException stopped(String reason) {
    String message = "run stopped: " + reason + "; unfinished tasks:" + System.lineSeparator() + unfinished.describe();
    return busyPolling ? new BusyPollingException(message) : new LoopStoppedException(message);
  }
}
