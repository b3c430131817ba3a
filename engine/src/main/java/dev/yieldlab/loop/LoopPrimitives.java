package dev.yieldlab.loop;

import dev.yieldlab.api.Barrier;
import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Condition;
import dev.yieldlab.api.Connection;
import dev.yieldlab.api.Deferred;
import dev.yieldlab.api.Event;
import dev.yieldlab.api.EventKind;
import dev.yieldlab.api.Lock;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.OutsideEvent;
import dev.yieldlab.api.Queue;
import dev.yieldlab.api.Select;
import dev.yieldlab.api.Semaphore;
import dev.yieldlab.api.Server;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskScope;
import dev.yieldlab.api.UnobservedFailures;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;

/**
 * The part of {@link Loop} off the switch path (logging, clock readings, events outside the loop,
 * gather) and the part that makes waiting primitives and runs timeouts, shields and scopes: the base
 * of {@link EventLoop}, so that the loop's own class stays its switch path. Each operation lives
 * in a class of its own ({@link LoopQueue}, {@link LoopLock}, {@link BlockTimeout}, {@link LoopScope},
 * ...), which reaches the loop through its package-private hooks.
 */
abstract sealed class LoopPrimitives implements Loop permits EventLoop {

  /** The run the loop serves, which misuse messages name. */
  final RunIdentity identity;
  /** Tasks that have not ended, in spawn order, for deadlock and timeout messages (and those that failed unobserved). */
  final UnfinishedTasks unfinished = new UnfinishedTasks();

  LoopPrimitives(RunIdentity identity) {
    this.identity = java.util.Objects.requireNonNull(identity, "identity");
  }

  /** The run this loop serves. */
  public RunIdentity identity() {
    return identity;
  }

  private EventLoop loop() {
    return (EventLoop) this;
  }

  @Override
  public void log(String message) {
    loop().record(EventKind.LOG, loop().requireCoroutine("log"), String.valueOf(message));
  }

  @Override
  public void recordOutside(List<OutsideEvent> outside) {
    CoroutineTask<?> me = loop().requireCoroutine("recordOutside");
    if (loop().explored()) {
      throw new NotExplorableException("loop.recordOutside(...) (workers outside the loop)", me.name());
    }
    loop().recorder().recordOutside(OutsideLanes.place(outside, loop().switchClock().now(), Instant.now()));
  }

  @Override
  public Duration elapsed() {
    return Duration.ofNanos(loop().switchClock().now());
  }

  /**
   * Times the loop had no coroutine ready and put its thread to wait: for the next timer, or in its
   * selector for a socket, a future or a thread call. On the REAL clock each is one voluntary context
   * switch for the kernel, unless what it waits for is there already; the kernel's count of the
   * loop thread's voluntary switches is read against it.
   */
  public long idleWaits() {
    return loop().switchClock().idleWaits();
  }

  /**
   * The tasks that ended in a failure nothing observed (never joined, gathered, selected, scoped): at
   * the run's end, what fails it with an {@link UnobservedFailureException}; also read after a run
   * that failed otherwise, for its report.
   */
  public UnobservedFailures unobservedFailures() {
    return unfinished.unobserved();
  }

  /**
   * The suspended tasks and their coroutines' frozen stacks, for the engine's watchdog to say which
   * coroutine holds what the loop's stuck thread waits for (a monitor taken before a suspension).
   * Called from another thread, only while the loop's thread is blocked and cannot run a coroutine:
   * a frozen stack may be read then, as the JDK reads an unmounted virtual thread's.
   */
  public List<SuspendedTask> suspendedTasks() {
    return unfinished.toList().stream()
        .filter(task -> task.state != TaskState.NEW && task.state != TaskState.RUNNING && !task.coroutine.isDone())
        .map(task -> new SuspendedTask(task.name(), String.valueOf(task.waitingFor),
            Arrays.asList(task.coroutine.getStackTrace())))
        .toList();
  }

  @Override
  public ClockKind clock() {
    return loop().switchClock().kind();
  }

  @Override
  public List<Object> gather(Task<?>... tasks) {
    CoroutineTask<?> me = loop().requireCoroutine("gather");
    return TaskGroup.gather(loop(), me, Arrays.stream(tasks).<CoroutineTask<?>>map(task -> CoroutineTask.of(task, loop())).toList());
  }

  @Override
  public <T> Deferred<T> deferred(String name) {
    return new LoopDeferred<>(loop(), name);
  }

  @Override
  public Event event(String name) {
    return new LoopEvent(loop(), name);
  }

  @Override
  public <T> Queue<T> queue(String name) {
    return new LoopQueue<>(loop(), name, Queue.UNBOUNDED, QueueItems.fifo(), "queue");
  }

  @Override
  public <T> Queue<T> queue(String name, int capacity) {
    return new LoopQueue<>(loop(), name, capacity, QueueItems.fifo(), "queue");
  }

  @Override
  public <T> Queue<T> lifoQueue(String name, int capacity) {
    return new LoopQueue<>(loop(), name, capacity, QueueItems.lifo(), "lifoQueue");
  }

  @Override
  public <T> Queue<T> priorityQueue(String name, int capacity, Comparator<? super T> order) {
    Objects.requireNonNull(order, "order");
    return new LoopQueue<>(loop(), name, capacity, QueueItems.byPriority(order), "priorityQueue");
  }

  @Override
  public Lock lock(String name) {
    return new LoopLock(loop(), name);
  }

  @Override
  public Semaphore semaphore(String name, int permits) {
    return new LoopSemaphore(loop(), name, permits, false);
  }

  @Override
  public Semaphore boundedSemaphore(String name, int permits) {
    return new LoopSemaphore(loop(), name, permits, true);
  }

  @Override
  public Condition condition(String name) {
    return new LoopCondition(loop(), name, lock(name + ".lock"));
  }

  @Override
  public Condition condition(String name, Lock lock) {
    return new LoopCondition(loop(), name, lock);
  }

  @Override
  public Barrier barrier(String name, int parties) {
    return new LoopBarrier(loop(), name, parties);
  }

  @Override
  public <T> T withTimeout(String block, Duration timeout, Callable<T> body) {
    return BlockTimeout.run(loop(), block, timeout, body);
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
    CoroutineTask<?> me = loop().requireCoroutine("shield");
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
    return LoopScope.run(loop(), Objects.requireNonNull(body, "body"));
  }

  @Override
  public <T> Task<T> firstCompleted(List<? extends Task<T>> tasks) {
    return Completions.first(loop(), tasks);
  }

  @Override
  public <T> Iterable<Task<T>> asCompleted(List<? extends Task<T>> tasks) {
    return Completions.inOrder(loop(), tasks);
  }

  @Override
  public <R> Select<R> select(String name) {
    return new LoopSelect<>(loop(), name);
  }

  // ---- I/O and other threads: the I/O driver and its sockets (IoDriver, LoopConnection, LoopServer, ForeignAwait) ----

  @Override
  public Connection connect(String host, int port) throws IOException {
    return LoopConnection.connect(loop(), host, port);
  }

  @Override
  public Server listen(String name, String host, int port, Server.Handler handler) throws IOException {
    return LoopServer.listen(loop(), name, host, port, handler);
  }

  @Override
  public <T> T await(String name, CompletionStage<T> future) {
    return ForeignAwait.future(loop(), name, future);
  }

  @Override
  public <T> T toThread(String name, Callable<T> blocking) {
    return ForeignAwait.onThread(loop(), name, blocking);
  }
}
