package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.concurrent.Callable;
import org.apiguardian.api.API;

/**
 * Where the children of {@link Loop#scope} are spawned: asyncio's {@code TaskGroup}, kotlinx's
 * {@code coroutineScope}. No child outlives the scope: it ends only when every child has; the first
 * child to fail cancels the others and the scope's own body, and its failure is rethrown with the
 * other children's failures suppressed.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface TaskScope {

  /** Starts a child that computes a value. */
  <T> Task<T> spawn(String name, Callable<T> body);

  /** Starts a child without a value. */
  Task<Void> spawn(String name, Loop.CoroutineBody body);

  /** The body of a scope: spawns children into it and may wait for them. */
  @FunctionalInterface
  interface Body<T> {
    T run(TaskScope scope) throws Exception;
  }
}
