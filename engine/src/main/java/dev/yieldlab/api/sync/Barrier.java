package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A meeting point for a number of coroutines: asyncio's {@code Barrier}. Each {@link #await()} waits
 * until {@link #parties()} coroutines have arrived; then all go on and the barrier is ready for the
 * next round. A waiter that is cancelled leaves, and the round needs another arrival.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Barrier {

  String name();

  int parties();

  /** Coroutines waiting in the current round. */
  int waiting();

  /** Waits for the round to fill; returns this coroutine's arrival index in it, 0 to parties - 1. */
  int await();

  /** Breaks the barrier: every waiter, and every later {@link #await()}, throws {@link BarrierBrokenException}. */
  void abort();

  boolean isBroken();
}
