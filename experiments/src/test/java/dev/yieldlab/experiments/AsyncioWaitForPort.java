package dev.yieldlab.experiments;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.sync.Deferred;
import dev.yieldlab.experiments.support.AsyncioFutures;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * {@code asyncio.wait_for(fut, timeout)} as CPython 3.7 and 3.8.0 shipped it (Lib/asyncio/tasks.py),
 * ported line by line onto yieldlab's {@link Deferred} and tasks, in three versions that differ only
 * in what the {@code except CancelledError} around {@code await waiter} does when the task calling
 * {@code wait_for} is cancelled:
 *
 * <ul>
 *   <li>{@link Version#CANCEL_WINS_RESULT_DROPPED} (3.7, 3.8.0 to 3.8.5): it cancels {@code fut} and
 *       raises. When {@code fut} completed in the same tick, cancelling it does nothing and its result
 *       is dropped: bpo-37658, a connection opened under {@code wait_for} leaks.</li>
 *   <li>{@link Version#RESULT_WINS_CANCEL_SWALLOWED} (bpo-37658's fix, python/cpython#21894, in 3.8.6
 *       to 3.11): when {@code fut} is done it returns its result, so the cancellation of the calling
 *       task is swallowed and the task goes on as if it had not been cancelled: gh-86296.</li>
 *   <li>{@link Version#FIXED}: the cancellation is raised, as 3.12 does since it rebuilt {@code
 *       wait_for} on {@code asyncio.timeout} (gh-96764), and a result that completed in the same tick
 *       is handed to a release callback rather than dropped: the {@code race_handler} that gh-86296's
 *       discussion proposed (Traktormaster/wait-for2). 3.12 itself drops such a result; with the
 *       callback neither half of the race is lost.</li>
 * </ul>
 *
 * <p>asyncio's callbacks become tasks: {@code loop.call_later(timeout, _release_waiter, waiter)} a task
 * that sleeps, {@code fut.add_done_callback(cb)} a task that joins {@code fut} (a done callback runs in
 * a later step of the loop, as such a task does), {@code remove_done_callback} and {@code
 * timeout_handle.cancel()} their cancellation.
 */
final class AsyncioWaitForPort {

  /** What the {@code except CancelledError} branch does. */
  enum Version {
    CANCEL_WINS_RESULT_DROPPED,
    RESULT_WINS_CANCEL_SWALLOWED,
    FIXED
  }

  private AsyncioWaitForPort() {}

  /**
   * {@code async def wait_for(fut, timeout)}, {@code fut} a task already spawned ({@code ensure_future});
   * {@code release} gets a result that completed as the caller was cancelled ({@link Version#FIXED} only).
   */
  static <T> T waitFor(Loop loop, Task<T> fut, Duration timeout, Version version, Consumer<? super T> release) {
    Deferred<Void> waiter = loop.deferred("wait_for waiter");
    Task<Void> timeoutHandle = loop.spawn("wait_for timeout", () -> {
      loop.sleep(timeout);
      releaseWaiter(waiter);
    });
    boolean[] callbackRemoved = {false};
    Task<Void> callback = loop.spawn("wait_for done callback", () -> {
      joinQuietly(fut);
      if (!callbackRemoved[0]) {
        releaseWaiter(waiter);
      }
    });
    Runnable removeDoneCallback = () -> {
      callbackRemoved[0] = true;
      callback.cancel();
    };
    try {
      // wait until the future completes or the timeout
      try {
        AsyncioFutures.await(waiter);
      } catch (TaskCancelledException cancelled) {
        switch (version) {
          case CANCEL_WINS_RESULT_DROPPED -> {
            removeDoneCallback.run();
            fut.cancel();
            throw cancelled;
          }
          case RESULT_WINS_CANCEL_SWALLOWED -> {
            if (fut.isDone()) {
              return fut.join(); // fut.result()
            }
            removeDoneCallback.run();
            cancelAndWait(fut);
            throw cancelled;
          }
          case FIXED -> {
            if (fut.isDone()) {
              release.accept(fut.join());
              throw cancelled;
            }
            removeDoneCallback.run();
            cancelAndWait(fut);
            throw cancelled;
          }
          default -> throw new IllegalStateException(version.name());
        }
      }
      if (fut.isDone()) {
        return fut.join(); // fut.result()
      }
      removeDoneCallback.run();
      cancelAndWait(fut);
      throw new TimeoutExpiredException("wait_for", timeout, null);
    } finally {
      timeoutHandle.cancel();
    }
  }

  private static void releaseWaiter(Deferred<Void> waiter) {
    if (!waiter.isDone()) {
      waiter.complete(null);
    }
  }

  /**
   * {@code _cancel_and_wait(fut)}: cancels {@code fut} and waits until it has ended. (A cancelled
   * yieldlab task throws again at every wait, where an asyncio task is told once: the cancellation
   * this wait throws once {@code fut} has ended is the one the caller is about to raise.)
   */
  private static void cancelAndWait(Task<?> fut) {
    fut.cancel();
    joinQuietly(fut);
  }

  private static void joinQuietly(Task<?> fut) {
    try {
      fut.join();
    } catch (RuntimeException ended) {
      // its outcome is read by the caller, from the task
    }
  }
}
