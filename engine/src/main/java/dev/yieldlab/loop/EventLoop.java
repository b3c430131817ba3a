package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.EventKind;
import dev.yieldlab.api.EventSubject;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.OutsideEvent;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * yieldlab's {@code asyncio}: runs coroutines on the thread that calls {@link #run}, one at a time,
 * switching only where a coroutine suspends. Timers fire in (deadline, sequence) order; ready tasks
 * run in FIFO order. One loop serves one run, from its own thread only ({@link #requestStop} aside).
 *
 * <p>This class is the switch path (spawn, suspend, resume, timers) and the {@link Loop} operations on
 * it; the rest has a class of its own: task groups ({@link TaskGroup}), waiting ({@link WaitList}),
 * cancellation ({@link Cancellation}), the run's limits ({@link RunLimits}), the clock readings of a
 * switch ({@link SwitchClock}), the timeline ({@link TimelineRecorder}, {@link OutsideLanes}).
 */
public final class EventLoop implements Loop {

  private final SwitchClock clock;
  private final TimelineRecorder timeline;
  private final RunLimits limits;
  private final ArrayDeque<CoroutineTask<?>> ready = new ArrayDeque<>();
  private final TimerQueue timers = new TimerQueue();
  /** Tasks that have not ended, in spawn order, for deadlock and timeout messages. */
  private final UnfinishedTasks unfinished = new UnfinishedTasks();
  private CoroutineTask<?> current;
  private Thread owner;
  private long completions;

  /** A loop on {@code clock} without a deadline. */
  public EventLoop(ClockKind clock) {
    this(clock, null);
  }

  /**
   * A loop on {@code clock} that fails the run with a {@link LoopTimeoutException} once its clock
   * passes {@code timeout} (checked whenever a coroutine suspends; null for none).
   */
  public EventLoop(ClockKind clock, Duration timeout) {
    ContinuationAccess.require();
    LoopClock loopClock = LoopClock.of(clock);
    this.clock = new SwitchClock(loopClock);
    this.timeline = new TimelineRecorder(loopClock);
    this.limits = new RunLimits(timeout, unfinished);
  }

  /**
   * Runs {@code main} as the first coroutine, named {@code mainName}, until it ends, then cancels
   * what it left running (as {@code asyncio.run} does). Returns main's value or rethrows its failure
   * unchanged; a deadlock or timeout is thrown as {@link DeadlockException} or {@link
   * LoopTimeoutException}.
   */
  public <T> T run(String mainName, Callable<T> main) {
    if (owner != null) {
      throw new IllegalStateException("this loop has already run; create a new EventLoop per run");
    }
    owner = Thread.currentThread();
    limits.checkStop(); // stopped before it started
    CoroutineTask<T> mainTask = newTask(mainName, main);
    try {
      while (!mainTask.isDone()) {
        step();
      }
    } finally {
      cancelUnfinished();
    }
    return mainTask.outcome();
  }

  /**
   * Asks the loop to end its run with a {@link LoopStoppedException} at its next step or suspension;
   * the only method that may be called from any thread. A coroutine that never suspends cannot be
   * stopped this way (nor any other way in Java).
   */
  public void requestStop(String reason) {
    limits.requestStop(reason);
    Thread loopThread = owner;
    if (loopThread != null) {
      LockSupport.unpark(loopThread); // end a wait for the next timer early
    }
  }

  /** Everything recorded so far; complete once {@link #run} has returned. */
  public Timeline timeline() {
    return timeline.snapshot();
  }

  /**
   * A yield point for code that holds no {@link Loop}, such as one injected into a loop's back-edge
   * (the engine binds it to the instrumented code's yield points for the run): inside a coroutine of
   * this loop it first fails the coroutine with a {@link LoopTimeoutException} naming {@code where}
   * if the run is past its deadline, then yields like {@link #yieldNow()}. Called from anywhere else
   * (another thread, outside any coroutine) it does nothing. Returns whether it yielded.
   */
  public boolean preemptAt(String where) {
    CoroutineTask<?> me = current;
    if (me == null || Thread.currentThread() != owner) {
      return false;
    }
    limits.checkStop();
    long now = clock.fresh();
    if (limits.passed(now)) {
      throw limits.timedOutComputing(me.name(), where);
    }
    timeline.record(EventKind.YIELD, me, new EventSubject.YieldPoint(where), now);
    ready.addLast(me);
    suspend(me, TaskState.READY, "its turn after a yield at " + where);
    return true;
  }

  @Override
  public <T> Task<T> spawn(String name, Callable<T> body) {
    Objects.requireNonNull(body, "body");
    requireCoroutine("spawn");
    return newTask(name, body);
  }

  @Override
  public void sleep(Duration duration) {
    CoroutineTask<?> me = requireCoroutine("sleep");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("loop.sleep(" + duration + ") in task '" + me.name()
          + "': a sleep cannot be negative; use yieldNow() to only give up the thread");
    }
    long now = clock.fresh();
    Waits.Sleep sleep = new Waits.Sleep(duration); // the timeline's detail and the reason in messages
    timeline.record(EventKind.SLEEP, me, sleep, now);
    me.timer = timers.schedule(Saturating.add(now, Saturating.nanos(duration)), me);
    suspend(me, TaskState.SLEEPING, sleep);
  }

  @Override
  public void yieldNow() {
    CoroutineTask<?> me = requireCoroutine("yieldNow");
    timeline.record(EventKind.YIELD, me, "", clock.fresh());
    ready.addLast(me);
    suspend(me, TaskState.READY, Waits.TURN_AFTER_YIELD);
  }

  @Override
  public List<Object> gather(Task<?>... tasks) {
    CoroutineTask<?> me = requireCoroutine("gather");
    return TaskGroup.gather(this, me, Arrays.stream(tasks).<CoroutineTask<?>>map(this::own).toList());
  }

  @Override
  public void log(String message) {
    CoroutineTask<?> me = requireCoroutine("log");
    timeline.record(EventKind.LOG, me, String.valueOf(message), clock.fresh());
  }

  @Override
  public void recordOutside(List<OutsideEvent> outside) {
    requireCoroutine("recordOutside");
    timeline.recordOutside(OutsideLanes.place(outside, clock.now(), Instant.now()));
  }

  @Override
  public Duration elapsed() {
    return Duration.ofNanos(clock.now());
  }

  @Override
  public ClockKind clock() {
    return clock.kind();
  }

  /** Records {@code kind} about {@code what} with a fresh reading and suspends {@code me} until woken. */
  void suspendWaiting(CoroutineTask<?> me, EventKind kind, Object what) {
    timeline.record(kind, me, what, clock.fresh());
    suspend(me, TaskState.WAITING, what);
  }

  /** Makes a waiting task ready; one already ready (cancelled meanwhile) or done is left alone. */
  void wakeWaiting(CoroutineTask<?> task) {
    if (task.state == TaskState.WAITING) {
      makeReady(task);
    }
  }

  /** Asks {@code task} to stop; see {@link Cancellation}. */
  void cancel(CoroutineTask<?> task) {
    Cancellation.request(this, task, ready);
  }

  // ---- the loop itself ----

  private void step() {
    limits.checkStop();
    fireDueTimers();
    CoroutineTask<?> next = ready.pollFirst();
    if (next != null) {
      resume(next);
      return;
    }
    TimerQueue.Timer timer = timers.peek();
    if (timer == null) {
      throw limits.deadlock();
    }
    checkDeadline();
    if (timer.deadline > limits.deadline) {
      // Nothing can happen before the deadline: wait until it and fail, rather than jump past it.
      clock.waitUntil(limits.deadline, limits::stopRequested);
      limits.checkStop();
      throw limits.timedOut();
    }
    clock.waitUntil(timer.deadline, limits::stopRequested);
  }

  private void fireDueTimers() {
    if (timers.isEmpty()) {
      return;
    }
    long now = clock.latest();
    for (CoroutineTask<?> task = timers.pollDueSleeper(now); task != null; task = timers.pollDueSleeper(now)) {
      if (task.state == TaskState.SLEEPING) {
        timeline.record(EventKind.WAKE, task, "", now);
        makeReady(task);
      }
    }
  }

  private void resume(CoroutineTask<?> task) {
    if (task.isDone()) {
      return; // e.g. it failed while pinned after queueing itself
    }
    timeline.record(task.state == TaskState.NEW ? EventKind.START : EventKind.RESUME, task, "", clock.latest());
    task.state = TaskState.RUNNING;
    current = task;
    clock.stale(); // the coroutine's code runs now
    try {
      task.coroutine.run();
    } finally {
      current = null;
    }
    if (task.coroutine.isDone()) {
      finish(task);
    } else {
      checkDeadline();
    }
  }

  void finish(CoroutineTask<?> task) {
    task.state = TaskState.DONE;
    task.completionOrder = ++completions;
    unfinished.remove(task);
    Throwable failure = task.failure();
    long now = clock.latest();
    if (failure == null) {
      timeline.record(EventKind.END, task, "", now);
    } else if (task.wasCancelled()) {
      timeline.record(EventKind.CANCEL, task, new EventSubject.Cancellation(String.valueOf(failure.getMessage())), now);
    } else {
      timeline.record(EventKind.FAIL, task, EventSubject.Failure.of(failure), now);
    }
    if (task.hasDoneWaiters()) {
      task.doneWaiters().wakeAll(this);
    }
  }

  /**
   * Suspends {@code me}. Every caller has just recorded the event that says why, with a fresh clock
   * reading: the loop takes that reading for the time of the switch (see {@link SwitchClock}).
   * {@code waitingFor}'s text is made only for a deadlock, timeout or cancellation message.
   */
  private void suspend(CoroutineTask<?> me, TaskState state, Object waitingFor) {
    me.state = state;
    if (me.waitingFor != waitingFor) {
      me.waitingFor = waitingFor; // a task that yields again and again keeps its reason, without a store
    }
    clock.standsForNow();
    try {
      me.coroutine.suspend();
    } catch (PinnedYieldException refused) {
      // The JVM refused and the task keeps running: undo what the suspension registered, or a task
      // that catches this would be resumed later by a yield or sleep that never happened.
      clock.stale();
      ready.remove(me);
      if (me.timer != null) {
        me.timer.cancelled = true;
        me.timer = null;
      }
      me.state = TaskState.RUNNING;
      throw refused;
    }
    if (me.cancelRequested) {
      throw new TaskCancelledException("task '" + me.name() + "' was cancelled while waiting for " + waitingFor);
    }
  }

  void makeReady(CoroutineTask<?> task) {
    task.state = TaskState.READY;
    ready.addLast(task);
  }

  private <T> CoroutineTask<T> newTask(String name, Callable<T> body) {
    CoroutineTask<T> task = new CoroutineTask<>(this, Objects.requireNonNull(name, "name"), body, timeline.register(name));
    unfinished.add(task);
    timeline.record(EventKind.SPAWN, task, "", clock.fresh());
    ready.addLast(task);
    return task;
  }

  /** After main ended: cancel the rest, let them unwind once, and abandon any that keep waiting. */
  private void cancelUnfinished() {
    unfinished.toList().forEach(this::cancel);
    for (CoroutineTask<?> next = ready.pollFirst(); next != null; next = ready.pollFirst()) {
      resume(next);
    }
  }

  private void checkDeadline() {
    limits.checkStop();
    if (limits.passed(clock.latest())) {
      throw limits.timedOut();
    }
  }

  private CoroutineTask<?> own(Task<?> task) {
    if (task instanceof CoroutineTask<?> ours && ours.belongsTo(this)) {
      return ours;
    }
    throw Misuse.foreignTask(task);
  }

  /** The running coroutine, when the caller is it; otherwise an error saying who called from where. */
  CoroutineTask<?> requireCoroutine(String operation) {
    Thread caller = Thread.currentThread();
    if (caller != owner || current == null) {
      throw Misuse.notInACoroutine(operation, owner, caller); // built apart, so that this check inlines
    }
    return current;
  }
}
