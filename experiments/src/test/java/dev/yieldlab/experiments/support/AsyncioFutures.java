package dev.yieldlab.experiments.support;

import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Deferred;

/**
 * What the asyncio ports of E4 need of an asyncio {@code Future}, on yieldlab's {@link Deferred}:
 * {@code await fut} inside a task, {@code fut.cancelled()} and {@code fut.result()}.
 *
 * <p>One difference is made up for here. asyncio's {@code Task.cancel()} cancels the future the task
 * awaits ({@code self._fut_waiter.cancel()}) at once, or, when that future is done already (its
 * waker completed it and the task has not run yet), leaves it done and throws {@code CancelledError}
 * into the task when it runs. yieldlab's {@code Task.cancel()} does the second in both cases: it
 * breaks the wait and leaves the deferred as it is. So {@link #await} cancels the deferred itself when
 * the cancellation reaches it, as the task leaves the wait. Until then a cancelled waiter's future is
 * still pending, and a waker may complete it: the waiter is then a woken waiter that is cancelled
 * before it runs, the very case the four bugs are about, reached from one more order of events.
 */
public final class AsyncioFutures {

  private AsyncioFutures() {}

  /** {@code await fut} in an asyncio task: its value, or the task's cancellation, the future cancelled with it. */
  public static <T> T await(Deferred<T> fut) {
    try {
      return fut.await();
    } catch (TaskCancelledException cancelled) {
      fut.cancel("the task awaiting it was cancelled");
      throw cancelled;
    }
  }

  /** {@code fut.cancelled()}. */
  public static boolean cancelled(Deferred<?> fut) {
    if (!fut.isDone()) {
      return false;
    }
    try {
      fut.await(); // done: returns or throws at once, without waiting
      return false;
    } catch (TaskCancelledException cancelled) {
      return true;
    }
  }

  /** {@code fut.result()} of a done future: its value, or its cancellation thrown. */
  public static <T> T result(Deferred<T> fut) {
    if (!fut.isDone()) {
      throw new IllegalStateException(fut.name() + ": Result is not set.");
    }
    return fut.await();
  }
}
