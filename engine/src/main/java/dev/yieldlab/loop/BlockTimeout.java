package dev.yieldlab.loop;

import dev.yieldlab.api.EventKind;
import dev.yieldlab.api.EventSubject;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.TimeoutExpiredException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * {@code withTimeout}: a timer that, at the block's deadline, interrupts the task running the block
 * (see {@link Interrupter}); the block's cancellation, recognised as this timeout's own, becomes a
 * {@link TimeoutExpiredException}. A timeout that does not fire costs a timer inserted and cancelled,
 * and no timeline event: it is a fast path, taken around calls that usually answer in time.
 */
final class BlockTimeout extends Interrupter implements TimerQueue.Action {

  private final EventLoop loop;
  private final CoroutineTask<?> task;
  private final String block;
  private final Duration timeout;
  private boolean fired;

  private BlockTimeout(EventLoop loop, CoroutineTask<?> task, String block, Duration timeout) {
    this.loop = loop;
    this.task = task;
    this.block = block;
    this.timeout = timeout;
  }

  static <T> T run(EventLoop loop, String block, Duration timeout, Callable<T> body) {
    CoroutineTask<?> me = loop.requireCoroutine("withTimeout");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(body, "body");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("loop.withTimeout(\"" + block + "\", " + timeout + ") in task '" + me.name()
          + "': a timeout cannot be negative; give Duration.ZERO to cancel the block at its first wait");
    }
    BlockTimeout deadline = new BlockTimeout(loop, me, block, timeout);
    TimerQueue.Timer timer = loop.timers().schedule(Saturating.add(loop.now(), Saturating.nanos(timeout)), me, deadline, deadline);
    try {
      return body.call();
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
    return cancellation(interrupted, where, "block '" + block + "' passed its timeout of " + timeout);
  }
}
