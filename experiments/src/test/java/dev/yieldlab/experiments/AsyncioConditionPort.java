package dev.yieldlab.experiments;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.sync.Deferred;
import dev.yieldlab.experiments.support.AsyncioFutures;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * {@code asyncio.Condition} as CPython 3.12 had it (Lib/asyncio/locks.py), ported line by line onto
 * yieldlab's {@link Deferred}, with and without the fix of gh-112202 (python/cpython#112201, merged in
 * February 2024 for 3.13): {@code notify(1)} completes the first waiter's future; the notified waiter takes
 * the lock again when it runs. Without the fix, a waiter whose future was completed and whose task is
 * cancelled before it runs re-acquires the lock and raises {@code CancelledError}: it took the
 * notification and acts on nothing, and the other waiters go on waiting for one that was already
 * given. The fix is the outer {@code except BaseException}: whatever ends the wait with an error passes
 * a notification on ({@code self._notify(1)}), at the price of a spurious wake-up, which a condition
 * variable allows. Its lock is {@link AsyncioLockPort} with bpo-27585's fix.
 */
final class AsyncioConditionPort {

  private final Loop loop;
  private final boolean fixed;
  private final AsyncioLockPort lock;
  private final Deque<Deferred<Boolean>> waiters = new ArrayDeque<>();

  /** A condition; {@code fixed} adds gh-112202's fix, and nothing else differs. */
  AsyncioConditionPort(Loop loop, boolean fixed) {
    this.loop = loop;
    this.fixed = fixed;
    this.lock = new AsyncioLockPort(loop, true);
  }

  void acquire() {
    lock.acquire();
  }

  void release() {
    lock.release();
  }

  /** {@code async def wait(self)}. */
  boolean await() {
    if (!lock.locked()) {
      throw new IllegalStateException("cannot wait on un-acquired lock");
    }
    lock.release();
    try {
      try {
        Deferred<Boolean> fut = loop.deferred("condition waiter");
        waiters.addLast(fut);
        try {
          AsyncioFutures.await(fut);
          return true;
        } finally {
          waiters.remove(fut);
        }
      } finally {
        // Must re-acquire lock even if wait is cancelled. We only catch CancelledError here.
        TaskCancelledException err = null;
        while (true) {
          try {
            lock.acquire();
            break;
          } catch (TaskCancelledException e) {
            err = e;
          }
        }
        if (err != null) {
          throw err; // re-raise the most recent exception instance
        }
      }
    } catch (RuntimeException | Error any) {
      if (fixed) { // gh-112202's fix: an error out of here may come after this task was notified: notify another
        notify(1);
      }
      throw any;
    }
  }

  /** {@code def _notify(self, n)}: completes the futures of the first {@code n} waiters not done yet. */
  void notify(int n) {
    if (!lock.locked()) {
      throw new IllegalStateException("cannot notify on un-acquired lock");
    }
    int idx = 0;
    for (Deferred<Boolean> fut : waiters) {
      if (idx >= n) {
        break;
      }
      if (!fut.isDone()) {
        idx++;
        fut.complete(false);
      }
    }
  }
}
