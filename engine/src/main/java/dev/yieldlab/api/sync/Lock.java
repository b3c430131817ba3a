package dev.yieldlab.api.sync;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Loop;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;

/**
 * Mutual exclusion between coroutines: asyncio's {@code Lock}, kotlinx's {@code Mutex}. The
 * coroutine that acquired it owns it; another one waits, in FIFO order; only the owner may release
 * it. Not reentrant: the owner acquiring it again fails at once instead of waiting for itself.
 *
 * <p>The JDK's locks cannot do this: every coroutine runs on the loop's one thread, so a {@code
 * ReentrantLock} lets a second coroutine in, and a blocking lock would freeze the whole loop.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface Lock {

  String name();

  /** Takes the lock, first waiting while another coroutine holds it. */
  void acquire();

  /** Takes the lock if it is free and nobody waits for it; never waits. */
  boolean tryAcquire();

  /** Gives the lock to the longest waiter, or frees it. Only its owner may release it. */
  void release();

  boolean isLocked();

  /** The name of the task holding it, if any. */
  Optional<String> owner();

  /** Runs {@code body} holding the lock, releasing it however the body ends ({@code async with lock}, {@code withLock}). */
  <T> T withLock(Callable<T> body);

  /** As {@link #withLock(Callable)}, for a body without a value. */
  void withLock(Loop.CoroutineBody body);
}
