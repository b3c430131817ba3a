package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.io.Connection;
import dev.yieldlab.api.io.Server;
import dev.yieldlab.api.sync.Barrier;
import dev.yieldlab.api.sync.Condition;
import dev.yieldlab.api.sync.Deferred;
import dev.yieldlab.api.sync.Event;
import dev.yieldlab.api.sync.Lock;
import dev.yieldlab.api.sync.Queue;
import dev.yieldlab.api.sync.Select;
import dev.yieldlab.api.sync.Semaphore;
import dev.yieldlab.api.timeline.OutsideEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * The event loop as coroutine bodies see it: Python's {@code asyncio} on one OS thread. Every method
 * must be called from a coroutine of this loop; the suspending ones ({@link #sleep}, {@link
 * #yieldNow}, {@link Task#join}, {@link #gather}, and the waits of the primitives it makes) hand the
 * thread to the next ready coroutine.
 *
 * <p>The waiting primitives ({@link #queue}, {@link #lock}, {@link #event}, ...) belong to this loop
 * and are owned by coroutines, not threads: each is given a name that timelines, errors and the
 * Gantt chart show, and each may be used only from a coroutine of this loop. Every wait is a
 * cancellation point, as in trio: a cancelled coroutine leaves the wait, having taken nothing.
 *
 * <p>Real I/O ({@link #connect}, {@link #listen}) and work done by other threads ({@link #await},
 * {@link #toThread}) suspend the same way: when no coroutine is ready, the loop waits in a {@link
 * java.nio.channels.Selector} (epoll on Linux) until a socket is ready, another thread wakes it or
 * the next timer is due. On the VIRTUAL clock, time does not jump past a deadline while such a wait
 * is pending: it is waited for in real time (see docs/guide/io.md).
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

  /** A value any coroutine of this loop may supply once (asyncio {@code Future}, kotlinx {@code CompletableDeferred}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> Deferred<T> deferred(String name);

  /** A flag to wait for, initially clear (asyncio {@code Event}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  Event event(String name);

  /** A FIFO queue without a capacity: puts never wait (asyncio {@code Queue()}, kotlinx {@code Channel(UNLIMITED)}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> Queue<T> queue(String name);

  /** A FIFO queue of at most {@code capacity} items (at least 1): puts wait while it is full. */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> Queue<T> queue(String name, int capacity);

  /** A queue that gives the newest item first (asyncio {@code LifoQueue}); {@link Queue#UNBOUNDED} for no capacity. */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> Queue<T> lifoQueue(String name, int capacity);

  /** A queue that gives the least item by {@code order} first (asyncio {@code PriorityQueue}); equal items in FIFO order. */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> Queue<T> priorityQueue(String name, int capacity, Comparator<? super T> order);

  /** A lock owned by the coroutine that acquires it (asyncio {@code Lock}, kotlinx {@code Mutex}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  Lock lock(String name);

  /** A semaphore with {@code permits} free permits, 0 or more (asyncio {@code Semaphore}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  Semaphore semaphore(String name, int permits);

  /** A semaphore that refuses to be released above {@code permits} (asyncio {@code BoundedSemaphore}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  Semaphore boundedSemaphore(String name, int permits);

  /** A condition with a lock of its own (asyncio {@code Condition()}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  Condition condition(String name);

  /** A condition under {@code lock}, which several conditions may share (asyncio {@code Condition(lock)}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  Condition condition(String name, Lock lock);

  /** A barrier for {@code parties} coroutines, at least 1 (asyncio {@code Barrier}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  Barrier barrier(String name, int parties);

  /**
   * Runs {@code body} in the calling coroutine and cancels it if it has not returned within {@code
   * timeout} (asyncio {@code timeout()} / {@code wait_for}, kotlinx {@code withTimeout}): the body sees
   * a {@link TaskCancelledException} where it waits, its cleanup runs, and the caller gets a {@link
   * TimeoutExpiredException} naming {@code block} and the timeout. The cancellation is raised once,
   * so the cleanup may wait; a body that catches it and returns a value still ends in the timeout
   * (kotlinx's rule; asyncio.timeout would return the value), which then says where it was caught
   * and how late the body returned. When the deadline passes while the body has been woken to
   * finish, the body goes on, and its value is returned if it finishes without waiting again. Timeouts nest.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> T withTimeout(String block, Duration timeout, Callable<T> body);

  /** As {@link #withTimeout(String, Duration, Callable)}, for a body without a value. */
  @API(status = EXPERIMENTAL, since = "0.2")
  void withTimeout(String block, Duration timeout, CoroutineBody body);

  /**
   * Runs {@code body} to its end even if the calling coroutine is cancelled or its timeout passes
   * meanwhile (asyncio {@code shield}, kotlinx {@code withContext(NonCancellable)}): the cancellation
   * takes effect at the coroutine's first wait after the body. ({@link Task#join} already leaves the
   * joined task running when the joiner is cancelled, which is what {@code shield(task)} does in asyncio.)
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> T shield(Callable<T> body);

  /**
   * Runs {@code body} with a scope its children are spawned in (asyncio {@code TaskGroup}, kotlinx
   * {@code coroutineScope}), then waits for every child; see {@link TaskScope}. Returns the body's value.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> T scope(TaskScope.Body<T> body);

  /**
   * Waits until at least one of {@code tasks} has ended and returns the first to end (asyncio {@code
   * wait(FIRST_COMPLETED)}); the others go on running.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> Task<T> firstCompleted(List<? extends Task<T>> tasks);

  /** The tasks in the order they end, waiting for each (asyncio {@code as_completed}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> Iterable<Task<T>> asCompleted(List<? extends Task<T>> tasks);

  /** A select named {@code name}: add clauses, then {@link Select#await()} (kotlinx {@code select}). */
  @API(status = EXPERIMENTAL, since = "0.2")
  <R> Select<R> select(String name);

  /**
   * Opens a TCP connection to {@code host:port} (asyncio {@code open_connection}), suspending the
   * calling coroutine until it is established: the loop waits for it in its selector. A refused
   * connection fails with a {@link java.net.ConnectException} naming host and port. The name is
   * resolved by the JDK before connecting, which blocks for names that are not loopback or literal.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  Connection connect(String host, int port) throws IOException;

  /**
   * Listens on {@code host:port} (port 0: one the system chooses, see {@link Server#port()}) and hands
   * each accepted connection to a new coroutine running {@code handler} (asyncio {@code start_server}).
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  Server listen(String name, String host, int port, Server.Handler handler) throws IOException;

  /**
   * Suspends the calling coroutine until {@code future} completes, and returns its value or throws its
   * failure (asyncio {@code await wrap_future(f)}, kotlinx {@code CompletionStage.await}). The future's
   * callback wakes the loop through its selector; nothing polls. Cancelling the waiting coroutine (or
   * its block's timeout) cancels {@code future} if it is a {@link java.util.concurrent.Future}.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> T await(String name, CompletionStage<T> future);

  /**
   * Runs {@code blocking} on a thread of this loop's pool and suspends the calling coroutine until it
   * returns (asyncio {@code to_thread}, {@code run_in_executor}); its value or failure is the result.
   * Cancelled, the coroutine stops waiting at once and the thread is interrupted; a result it still
   * produces is dropped. The pool's threads end with the run.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  <T> T toThread(String name, Callable<T> blocking);

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
