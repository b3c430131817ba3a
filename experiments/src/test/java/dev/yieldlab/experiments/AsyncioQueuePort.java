package dev.yieldlab.experiments;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Deferred;
import dev.yieldlab.experiments.support.AsyncioFutures;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * {@code asyncio.Queue} without a maxsize as CPython 3.4.3 shipped it (Lib/asyncio/queues.py), ported
 * line by line onto yieldlab's {@link Deferred}, with and without the fix of bpo-23812
 * (python/asyncio#256, in 3.4.4 and 3.5.0). {@code put_nowait} hands the item to the first waiting
 * getter by completing its future with it; the getter returns it when it runs. Without the fix, a
 * getter whose future already holds the item and whose task is cancelled before it runs raises
 * {@code CancelledError} out of {@code yield from waiter}, and the item is gone: out of the queue,
 * returned to nobody. The fix catches that cancellation and puts the item back, to the next getter or
 * to the front of the queue ({@code _put_it_back}). Putters, which only a maxsize makes wait, are left
 * out: the bug and its fix are in {@code get}.
 */
final class AsyncioQueuePort<T> {

  private final Loop loop;
  private final boolean fixed;
  private final Deque<T> queue = new ArrayDeque<>();
  private final Deque<Deferred<T>> getters = new ArrayDeque<>();

  /** A queue; {@code fixed} adds bpo-23812's fix, and nothing else differs. */
  AsyncioQueuePort(Loop loop, boolean fixed) {
    this.loop = loop;
    this.fixed = fixed;
  }

  /** Deletes waiters at the head of the get() queue who've timed out (or were cancelled). */
  private void consumeDoneGetters() {
    while (!getters.isEmpty() && getters.peekFirst().isDone()) {
      getters.pollFirst();
    }
  }

  /** {@code def put_nowait(self, item)}. */
  void putNowait(T item) {
    consumeDoneGetters();
    if (!getters.isEmpty()) {
      if (!queue.isEmpty()) {
        throw new IllegalStateException("queue non-empty, why are getters waiting?");
      }
      Deferred<T> getter = getters.pollFirst();
      queue.addLast(item);
      // getter cannot be cancelled, we just removed done getters
      getter.complete(queue.pollFirst());
    } else {
      queue.addLast(item);
    }
  }

  /** {@code def get(self)}. */
  T get() {
    if (!queue.isEmpty()) {
      return queue.pollFirst();
    }
    Deferred<T> waiter = loop.deferred("getter");
    getters.addLast(waiter);
    try {
      return AsyncioFutures.await(waiter);
    } catch (TaskCancelledException cancelled) {
      // bpo-23812's fix: a cancelled get whose waiter holds an item puts it back, as if it never happened.
      // (asyncio's `if waiter.done(): self._put_it_back(waiter.result())` raises CancelledError out of
      // result() when the waiter itself was cancelled; the test of cancelled() says so without throwing.)
      if (fixed && waiter.isDone() && !AsyncioFutures.cancelled(waiter)) {
        putItBack(AsyncioFutures.result(waiter));
      }
      throw cancelled;
    }
  }

  /** {@code def _put_it_back(self, item)}, which the fix adds: to another waiter, or back in front. */
  private void putItBack(T item) {
    consumeDoneGetters();
    if (!getters.isEmpty()) {
      if (!queue.isEmpty()) {
        throw new IllegalStateException("queue non-empty, why are getters waiting?");
      }
      getters.pollFirst().complete(item);
    } else {
      queue.addFirst(item);
    }
  }

  /** The items still in the queue, front first. */
  List<T> items() {
    return List.copyOf(queue);
  }
}
