package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A value that one coroutine waits for and any coroutine of the same loop supplies: asyncio's {@code
 * Future}, kotlinx's {@code CompletableDeferred}. It ends once: completed with a value, failed with
 * an exception, or cancelled with a reason; later attempts return false and change nothing.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Deferred<T> {

  /** The name given at creation: it labels the deferred in timelines and errors. */
  String name();

  /** Supplies the value and wakes every waiter; false if it had already ended. */
  boolean complete(T value);

  /** Ends it with {@code failure}, which every waiter's {@link #await()} throws; false if it had already ended. */
  boolean fail(Throwable failure);

  /** Ends it as cancelled: waiters get a {@link dev.yieldlab.api.TaskCancelledException} with {@code reason}; false if it had already ended. */
  boolean cancel(String reason);

  /**
   * Suspends the calling coroutine until it ends, then returns the value or throws its failure (as
   * thrown, checked ones too) or a {@link dev.yieldlab.api.TaskCancelledException}; returns at once if it has ended.
   */
  T await();

  /** Whether it has ended: completed, failed or cancelled. */
  boolean isDone();
}
