package dev.yieldlab.loop;

import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code withTimeout}: a timer that, at the block's deadline, interrupts the task running the block
 * (see {@link Interrupter}); the block's cancellation, recognised as this timeout's own, becomes a
 * {@link TimeoutExpiredException}. A timeout that does not fire costs a timer inserted and cancelled,
 * and no timeline event: it is a fast path, taken around calls that usually answer in time.
 *
 * <p>The cancellation is raised once, so the block's cleanup may wait. A block that catches it and
 * returns a value still ends in {@link TimeoutExpiredException} (kotlinx's rule; {@code
 * asyncio.timeout} would hand the value back), saying where it was caught and how late the block
 * returned, and the timeline marks it ({@link EventSubject.CancellationSwallowed}). A block whose
 * deadline passed while it could not be interrupted (woken to finish, or shielded) and that returns
 * without waiting again keeps its value: its cancellation was never raised ({@link EventSubject.LateReturn}).
 */
final class BlockTimeout extends Interrupter implements TimerQueue.Action {

  private final LoopCore loop;
  private final CoroutineTask<?> task;
  private final String block;
  private final Duration timeout;
  private final long deadlineNanos;
  private boolean fired;
  /** The cancellation this timeout raised into the block, once it has. */
  private TaskCancelledException raised;

  private BlockTimeout(LoopCore loop, CoroutineTask<?> task, String block, Duration timeout, long deadlineNanos) {
    this.loop = loop;
    this.task = task;
    this.block = block;
    this.timeout = timeout;
    this.deadlineNanos = deadlineNanos;
  }

  static <T> T run(LoopCore loop, String block, Duration timeout, Callable<T> body) {
    CoroutineTask<?> me = loop.requireCoroutine("withTimeout");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(body, "body");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("loop.withTimeout(\"" + block + "\", " + timeout + ") in task '" + me.name()
          + "': a timeout cannot be negative; give Duration.ZERO to cancel the block at its first wait");
    }
    long deadlineNanos = Saturating.add(loop.now(), Saturating.nanos(timeout));
    BlockTimeout deadline = new BlockTimeout(loop, me, block, timeout, deadlineNanos);
    TimerQueue.Timer timer = loop.timers().schedule(deadlineNanos, me, deadline, deadline);
    try {
      T value = body.call();
      if (deadline.fired) {
        deadline.returnedAfterDeadline(me);
      }
      return value;
    } catch (TaskCancelledException cancelled) {
      if (me.interrupter == deadline && !me.cancelRequested) {
        throw new TimeoutExpiredException(block, timeout, cancelled);
      }
      throw cancelled;
    } catch (Exception thrown) {
      throw Sneaky.<RuntimeException>rethrow(thrown);
    } finally {
      if (!deadline.fired) {
        loop.timers().cancel(timer);
      }
      me.interruptionHandled(deadline);
    }
  }

  /**
   * The block returned normally after its deadline: if this timeout's cancellation had been raised
   * in it, the block caught it, and the caller gets the timeout all the same; otherwise it keeps its value.
   */
  private void returnedAfterDeadline(CoroutineTask<?> me) {
    Duration late = Duration.ofNanos(Math.max(0, loop.now() - deadlineNanos));
    if (raised == null) {
      loop.record(EventKind.SYNC, me, new EventSubject.LateReturn(block, timeout, late));
      return;
    }
    EventSubject.CancellationSwallowed mark = Cancellation.swallowed(loop, me, raised, cancellationText(), deadlineNanos,
        "returned from block '" + block + "' with a value");
    throw new TimeoutExpiredException(block, timeout, late, "block '" + block + "' timed out after " + timeout
        + ": its body caught the cancellation raised at " + mark.raisedAtText() + " and returned " + late.toMillis()
        + " ms after the deadline;"
        + " withTimeout throws all the same, as kotlinx's withTimeout does (asyncio.timeout would return the value):"
        + " let the TaskCancelledException leave the block, or catch TimeoutExpiredException around it", raised);
  }

  private String cancellationText() {
    return "block '" + block + "' passed its timeout of " + timeout;
  }

  @Override
  public void fire(long now) {
    fired = true;
    if (!task.isDone()) {
      loop.record(EventKind.SYNC, task, new EventSubject.TimeoutFired(block, timeout));
      interrupt(loop, task);
    }
  }

  /** {@code block 'get'}: what this is the timeout of, in an explored run's messages. */
  @Override
  public String toString() {
    return "block '" + block + "'";
  }

  @Override
  TaskCancelledException interruption(CoroutineTask<?> interrupted, Object where) {
    raised = cancellation(interrupted, where, cancellationText());
    return raised;
  }
}
