package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.Callable;
import org.apiguardian.api.API;

/**
 * A count of permits coroutines take and give back: asyncio's {@code Semaphore} and {@code
 * BoundedSemaphore}, kotlinx's {@code Semaphore}. Permits belong to nobody: any coroutine may
 * release. A bounded semaphore refuses a release that would raise it above its initial permits.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Semaphore {

  String name();

  /** Takes a permit, first waiting while there is none. */
  void acquire();

  /** Takes a permit if one is free and nobody waits for one; never waits. */
  boolean tryAcquire();

  /** Gives a permit back: to the longest waiter, or to the count. */
  void release();

  /** Permits free now. */
  int available();

  /** Runs {@code body} holding a permit, giving it back however the body ends. */
  <T> T withPermit(Callable<T> body);
}
