package dev.yieldlab.loop;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskScope;
import dev.yieldlab.api.UnobservedFailures;
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
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.OutsideEvent;
import dev.yieldlab.api.timeline.Timeline;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import org.apiguardian.api.API;

/**
 * yieldlab's {@code asyncio}: runs coroutines on the thread that calls {@link #run}, one at a time,
 * switching only where a coroutine suspends. Timers fire in (deadline, sequence) order; ready tasks
 * run in FIFO order, unless the run is {@linkplain #explore explored}. One loop serves one run, from
 * its own thread only.
 *
 * <p>This is the {@link Loop} coroutines are handed and what the engine drives: it makes the waiting
 * primitives, timeouts, scopes and sockets, each a class of its own, and delegates the switch path to
 * the {@link LoopCore} they all share. Nothing in the package reaches back to this class.
 */
@API(status = INTERNAL, since = "0.1")
public final class EventLoop implements Loop {

  /** The stall threshold of a loop made without one: asyncio debug mode's {@code slow_callback_duration}. */
  public static final Duration DEFAULT_STALL_THRESHOLD = Duration.ofMillis(100);

  private final LoopCore core;

  /** A loop on {@code clock} without a deadline. */
  public EventLoop(ClockKind clock) {
    this(clock, null);
  }

  /** A loop with the {@link #DEFAULT_STALL_THRESHOLD}; see {@link #EventLoop(ClockKind, Duration, Duration)}. */
  public EventLoop(ClockKind clock, Duration timeout) {
    this(clock, timeout, DEFAULT_STALL_THRESHOLD);
  }

  /**
   * A loop on {@code clock} that fails the run with a {@link LoopTimeoutException} once its clock
   * passes {@code timeout} (checked whenever a coroutine suspends; null for none), and records a
   * STALL event for a stretch that holds the thread past {@code stallThreshold}.
   */
  public EventLoop(ClockKind clock, Duration timeout, Duration stallThreshold) {
    this(clock, timeout, stallThreshold, RunIdentity.NONE);
  }

  /** As {@link #EventLoop(ClockKind, Duration, Duration)}, for the run {@code identity}, which misuse messages name. */
  public EventLoop(ClockKind clock, Duration timeout, Duration stallThreshold, RunIdentity identity) {
    this.core = new LoopCore(clock, timeout, stallThreshold, identity);
  }

  // ---- the run, as the engine drives it ----

  /**
   * Runs {@code main} as the first coroutine until it ends, then cancels what it left running (as
   * {@code asyncio.run} does); returns main's value or rethrows its failure (or the run's) unchanged.
   */
  public <T> T run(String mainName, Callable<T> main) {
    return core.run(mainName, main);
  }

  /**
   * Asks the loop to end its run with a {@link LoopStoppedException} at its next step or suspension,
   * from any thread. A coroutine that never suspends cannot be stopped this way (nor any other way).
   */
  public void requestStop(String reason) {
    core.requestStop(reason);
  }

  /** Everything recorded so far; complete once {@link #run} has returned. */
  public Timeline timeline() {
    return core.timeline();
  }

  /**
   * Makes this run an explored one: at every point where more than one thing may happen next,
   * {@code chooser} decides (see {@link ScheduleChooser}), and it gives every timer its jitter. Only
   * on the VIRTUAL clock (REAL time would decide instead), and only before {@link #run}.
   */
  public void explore(ScheduleChooser chooser) {
    core.explore(chooser);
  }

  /** The stretch under way and the stall samples a watchdog adds: what other threads read of the loop. */
  public StallWatch stallWatch() {
    return core.stallWatch();
  }

  /**
   * A yield point for code that holds no {@link Loop} (the engine binds injected yield points to it):
   * in a coroutine of this loop it fails the coroutine, naming {@code where}, if the run is past its
   * deadline, else yields like {@link #yieldNow()}; anywhere else it does nothing. Returns whether it yielded.
   */
  public boolean preemptAt(String where) {
    return core.preemptAt(where);
  }

  /** The run this loop serves. */
  public RunIdentity identity() {
    return core.identity();
  }

  /**
   * Times the loop had no coroutine ready and put its thread to wait: for the next timer, or in its
   * selector for a socket, a future or a thread call. On the REAL clock each is one voluntary context
   * switch for the kernel, unless what it waits for is there already; the kernel's count of the
   * loop thread's voluntary switches is read against it.
   */
  public long idleWaits() {
    return core.switchClock().idleWaits();
  }

  /**
   * The tasks that ended in a failure nothing observed (never joined, gathered, selected, scoped): at
   * the run's end, what fails it with an {@link UnobservedFailureException}; also read after a run
   * that failed otherwise, for its report.
   */
  public UnobservedFailures unobservedFailures() {
    return core.unobservedFailures();
  }

  /**
   * The suspended tasks and their coroutines' frozen stacks, for the engine's watchdog to say which
   * coroutine holds what the loop's stuck thread waits for (a monitor taken before a suspension).
   * Called from another thread, only while the loop's thread is blocked and cannot run a coroutine:
   * a frozen stack may be read then, as the JDK reads an unmounted virtual thread's.
   */
  public List<SuspendedTask> suspendedTasks() {
    return core.suspendedTasks();
  }

  /** The I/O driver, for the loop's own tests of what other threads posted. */
  IoDriver io() {
    return core.io();
  }

  /** The timers, for the loop's own tests. */
  TimerQueue timers() {
    return core.timers();
  }

  // ---- the Loop coroutines see: tasks and time ----

  @Override
  public <T> Task<T> spawn(String name, Callable<T> body) {
    return core.spawn(name, body);
  }

  @Override
  public void sleep(Duration duration) {
    core.sleep(duration);
  }

  @Override
  public void yieldNow() {
    core.yieldNow();
  }

  @Override
  public Duration elapsed() {
    return Duration.ofNanos(core.switchClock().now());
  }

  @Override
  public ClockKind clock() {
    return core.switchClock().kind();
  }

  @Override
  public void log(String message) {
    core.record(EventKind.LOG, core.requireCoroutine("log"), String.valueOf(message));
  }

  @Override
  public void recordOutside(List<OutsideEvent> outside) {
    CoroutineTask<?> me = core.requireCoroutine("recordOutside");
    if (core.explored()) {
      throw new NotExplorableException("loop.recordOutside(...) (workers outside the loop)", me.name());
    }
    core.recorder().recordOutside(OutsideLanes.place(outside, core.switchClock().now(), Instant.now()));
  }

  @Override
  public List<Object> gather(Task<?>... tasks) {
    CoroutineTask<?> me = core.requireCoroutine("gather");
    return TaskGroup.gather(core, me, Arrays.stream(tasks).<CoroutineTask<?>>map(task -> CoroutineTask.of(task, core))
        .toList());
  }

  // ---- waiting primitives, timeouts, shields, scopes, select: a class each ----

  @Override
  public <T> Deferred<T> deferred(String name) {
    return new LoopDeferred<>(core, name);
  }

  @Override
  public Event event(String name) {
    return new LoopEvent(core, name);
  }

  @Override
  public <T> Queue<T> queue(String name) {
    return new LoopQueue<>(core, name, Queue.UNBOUNDED, QueueItems.fifo(), "queue");
  }

  @Override
  public <T> Queue<T> queue(String name, int capacity) {
    return new LoopQueue<>(core, name, capacity, QueueItems.fifo(), "queue");
  }

  @Override
  public <T> Queue<T> lifoQueue(String name, int capacity) {
    return new LoopQueue<>(core, name, capacity, QueueItems.lifo(), "lifoQueue");
  }

  @Override
  public <T> Queue<T> priorityQueue(String name, int capacity, Comparator<? super T> order) {
    Objects.requireNonNull(order, "order");
    return new LoopQueue<>(core, name, capacity, QueueItems.byPriority(order), "priorityQueue");
  }

  @Override
  public Lock lock(String name) {
    return new LoopLock(core, name);
  }

  @Override
  public Semaphore semaphore(String name, int permits) {
    return new LoopSemaphore(core, name, permits, false);
  }

  @Override
  public Semaphore boundedSemaphore(String name, int permits) {
    return new LoopSemaphore(core, name, permits, true);
  }

  @Override
  public Condition condition(String name) {
    return new LoopCondition(core, name, lock(name + ".lock"));
  }

  @Override
  public Condition condition(String name, Lock lock) {
    return new LoopCondition(core, name, lock);
  }

  @Override
  public Barrier barrier(String name, int parties) {
    return new LoopBarrier(core, name, parties);
  }

  @Override
  public <T> T withTimeout(String block, Duration timeout, Callable<T> body) {
    return BlockTimeout.run(core, block, timeout, body);
  }

  @Override
  public void withTimeout(String block, Duration timeout, CoroutineBody body) {
    Objects.requireNonNull(body, "body");
    withTimeout(block, timeout, () -> {
      body.run();
      return null;
    });
  }

  @Override
  public <T> T shield(Callable<T> body) {
    CoroutineTask<?> me = core.requireCoroutine("shield");
    me.enterShield();
    try {
      return body.call();
    } catch (Exception thrown) {
      throw Sneaky.<RuntimeException>rethrow(thrown);
    } finally {
      me.leaveShield();
    }
  }

  @Override
  public <T> T scope(TaskScope.Body<T> body) {
    return LoopScope.run(core, Objects.requireNonNull(body, "body"));
  }

  @Override
  public <T> Task<T> firstCompleted(List<? extends Task<T>> tasks) {
    return Completions.first(core, tasks);
  }

  @Override
  public <T> Iterable<Task<T>> asCompleted(List<? extends Task<T>> tasks) {
    return Completions.inOrder(core, tasks);
  }

  @Override
  public <R> Select<R> select(String name) {
    return new LoopSelect<>(core, name);
  }

  // ---- I/O and other threads: the I/O driver and its sockets (IoDriver, LoopConnection, LoopServer, ForeignAwait) ----

  @Override
  public Connection connect(String host, int port) throws IOException {
    return LoopConnection.connect(core, host, port);
  }

  @Override
  public Server listen(String name, String host, int port, Server.Handler handler) throws IOException {
    return LoopServer.listen(core, name, host, port, handler);
  }

  @Override
  public <T> T await(String name, CompletionStage<T> future) {
    return ForeignAwait.future(core, name, future);
  }

  @Override
  public <T> T toThread(String name, Callable<T> blocking) {
    return ForeignAwait.onThread(core, name, blocking);
  }
}
