package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apiguardian.api.API;

/**
 * The event loop as coroutine bodies see it: Python's {@code asyncio} on one OS thread. Every method
 * must be called from a coroutine of this loop; the suspending ones ({@link #sleep}, {@link
 * #yieldNow}, {@link Task#join}, {@link #gather}) hand the thread to the next ready coroutine.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Loop {

  /** Starts a coroutine that computes a value; it first runs when the current one suspends. */
  <T> Task<T> spawn(String name, Callable<T> body);

  /** Starts a coroutine without a value; it first runs when the current one suspends. */
  default Task<Void> spawn(String name, CoroutineBody body) {
    java.util.Objects.requireNonNull(body, "body");
    return spawn(name, () -> {
      body.run();
      return null;
    });
  }

  /** Suspends the current coroutine for {@code duration} ({@code await asyncio.sleep(d)}). */
  void sleep(Duration duration);

  /** Lets every other ready coroutine run once ({@code await asyncio.sleep(0)}). */
  void yieldNow();

  /**
   * Waits for all tasks and returns their values in argument order, like {@code asyncio.gather}
   * inside a task group: the first task to fail cancels the others, and its failure is rethrown
   * with the other failures suppressed.
   */
  List<Object> gather(Task<?>... tasks);

  /** Records one line of the post-style log ({@code print(...)}) with the clock's time. */
  void log(String message);

  /**
   * Puts events that happened outside this loop's coroutines (worker threads, child processes) into
   * the timeline, each at its place in time, so that reports draw their lanes beside the coroutines
   * and assertions can read overlap from one timeline. Wall-clock instants are placed on the loop's
   * clock by how long before now they happened; on the VIRTUAL clock that is the real time ago,
   * counted back from the virtual now (and never before the loop's start).
   */
  void recordOutside(List<OutsideEvent> events);

  /** Time since the loop started, on the loop's clock. */
  Duration elapsed();

  /** The clock this loop runs on. */
  ClockKind clock();

  /** A coroutine body that returns nothing; unlike {@link Runnable} it may throw. */
  @FunctionalInterface
  interface CoroutineBody {
    void run() throws Exception;
  }
}
