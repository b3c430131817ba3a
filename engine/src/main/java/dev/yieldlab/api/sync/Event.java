package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A flag coroutines wait for: asyncio's {@code Event}. {@link #set()} wakes every waiter and lets
 * later waiters pass until {@link #clear()}. The wait is {@code await()}, not {@code wait()}, which
 * Java reserves for monitors.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Event {

  String name();

  /** Sets the flag and wakes every coroutine waiting for it, longest waiting first. */
  void set();

  /** Clears the flag: later waiters wait again. */
  void clear();

  boolean isSet();

  /** Returns at once if the flag is set, otherwise suspends the calling coroutine until it is. */
  void await();
}
