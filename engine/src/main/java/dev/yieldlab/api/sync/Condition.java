package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;

/**
 * Waiting for a state that other coroutines change under a {@link Lock}: asyncio's {@code
 * Condition}. {@link #await()} must be called holding the lock; it releases it while waiting and
 * holds it again when it returns, also when it ends by cancellation. Java reserves {@code wait} and
 * {@code notify} for monitors, so these are {@code await}, {@code signal} and {@code signalAll}.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Condition {

  String name();

  /** The lock it waits under. */
  Lock lock();

  /** Releases the lock, waits for a signal, then takes the lock again. */
  void await();

  /** Waits (as {@link #await()}) until {@code predicate} holds, testing it under the lock first; asyncio's {@code wait_for}. */
  void awaitUntil(BooleanSupplier predicate);

  /** Wakes the longest waiter, if any. The caller must hold the lock. */
  void signal();

  /** Wakes every waiter. The caller must hold the lock. */
  void signalAll();
}
