package dev.yieldlab.experiments;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Deferred;
import dev.yieldlab.experiments.support.AsyncioFutures;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code asyncio.Lock} as CPython shipped it in 3.5.3, 3.6.0 and 3.6.1 (Lib/asyncio/locks.py after
 * python/asyncio#393), ported line by line onto yieldlab's {@link Deferred}, with and without the fix
 * of bpo-27585 (python/cpython#1031, in 3.5.4 and 3.6.2): a release frees the lock and completes the
 * first waiter's future; the woken waiter takes the lock when it runs. Without the fix, a waiter whose
 * future was completed and whose task is cancelled before it runs leaves by its {@code finally}
 * without taking the lock or passing the wake-up on: the lock stays free and the next waiter's future
 * is never completed. The fix is the {@code except CancelledError} branch: such a waiter wakes the next.
 */
final class AsyncioLockPort {

  private final Loop loop;
  private final boolean fixed;
  private final Deque<Deferred<Boolean>> waiters = new ArrayDeque<>();
  private boolean locked;

  /** A lock; {@code fixed} adds bpo-27585's fix, and nothing else differs. */
  AsyncioLockPort(Loop loop, boolean fixed) {
    this.loop = loop;
    this.fixed = fixed;
  }

  /** {@code async def acquire(self)}. */
  void acquire() {
    if (!locked && waiters.stream().allMatch(AsyncioFutures::cancelled)) {
      locked = true;
      return;
    }
    Deferred<Boolean> fut = loop.deferred("lock waiter");
    waiters.add(fut);
    try {
      AsyncioFutures.await(fut);
      locked = true;
    } catch (TaskCancelledException cancelled) {
      if (fixed && !locked) { // bpo-27585's fix: the wake-up this waiter got goes to the next one
        wakeUpFirst();
      }
      throw cancelled;
    } finally {
      waiters.remove(fut);
    }
  }

  /** {@code def release(self)}. */
  void release() {
    if (!locked) {
      throw new IllegalStateException("Lock is not acquired.");
    }
    locked = false;
    wakeUpFirst();
  }

  /** Wakes up the first waiter who isn't cancelled (the loop of {@code release}, a method of its own since the fix). */
  private void wakeUpFirst() {
    for (Deferred<Boolean> fut : waiters) {
      if (!fut.isDone()) {
        fut.complete(true);
        break;
      }
    }
  }

  boolean locked() {
    return locked;
  }
}
