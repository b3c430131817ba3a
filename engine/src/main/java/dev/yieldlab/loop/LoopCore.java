package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import dev.yieldlab.api.timeline.Timeline;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * The loop's core: the switch path (run, resume, suspend, finish) and the tasks' bookkeeping, on the
 * thread that calls {@link #run}. {@link EventLoop} is the {@link dev.yieldlab.api.Loop} users and
 * the engine hold; it makes the primitives, which, like the rest of this package, reach the loop
 * through the package-private hooks below and never through {@link EventLoop}. What is not the switch
 * path has a class of its own: {@link Dispatcher} (what runs next), {@link TaskGroup}, {@link
 * WaitList}, {@link Cancellation}, {@link RunLimits}, {@link SwitchClock}, {@link TimelineRecorder},
 * {@link IdleWait} and {@link IoDriver}.
 */
final class LoopCore {

  /** The run the loop serves, which misuse messages name. */
  final RunIdentity identity;
  /** Tasks that have not ended, in spawn order, for deadlock and timeout messages (and those that failed unobserved). */
  final UnfinishedTasks unfinished = new UnfinishedTasks();

  private final SwitchClock clock;
  private final TimelineRecorder timeline;
  private final RunLimits limits;
  private final StallWatch stalls;
  private final Dispatcher dispatcher;
  private final ReadyQueue ready;
  private final TimerQueue timers;
  private final IoDriver io = new IoDriver();
  private CoroutineTask<?> current;
  private Thread owner;
  private long completions;

  LoopCore(ClockKind clock, Duration timeout, Duration stallThreshold, RunIdentity identity) {
    this.identity = Objects.requireNonNull(identity, "identity");
    ContinuationAccess.require();
    this.stalls = new StallWatch(stallThreshold);
    LoopClock loopClock = LoopClock.of(clock);
    this.clock = new SwitchClock(loopClock);
    this.timeline = new TimelineRecorder(loopClock);
    this.limits = new RunLimits(timeout, unfinished);
    this.dispatcher = new Dispatcher(this.clock, timeline, limits, io);
    this.ready = dispatcher.ready;
    this.timers = dispatcher.timers;
  }

  /**
   * Runs {@code main} as the first coroutine until it ends, then cancels what it left running (as
   * {@code asyncio.run} does); returns main's value or rethrows its failure (or the run's) unchanged.
   */
  <T> T run(String mainName, Callable<T> main) {
    if (owner != null) {
      throw new IllegalStateException("this loop has already run; create a new EventLoop per run");
    }
    owner = Thread.currentThread();
    io.start(owner, mainName);
    limits.checkStop(); // stopped before it started
    CoroutineTask<T> mainTask = newTask(mainName, main);
    try {
      while (!mainTask.isDone()) {
        limits.checkStop();
        CoroutineTask<?> next = dispatcher.next(); // fires timers, or waits, and then says who runs
        if (next != null) {
          resume(next);
        }
      }
    } finally {
      cancelUnfinished();
      io.close((owner, what) -> record(EventKind.SYNC, owner, what)); // the sockets it left open; the pool; the selector
    }
    return unfinished.outcomeAtTheEnd(mainTask);
  }

  /**
   * Asks the loop to end its run with a {@link LoopStoppedException} at its next step or suspension,
   * from any thread. A coroutine that never suspends cannot be stopped this way (nor any other way).
   */
  void requestStop(String reason) {
    limits.requestStop(reason);
    Thread loopThread = owner;
    if (loopThread != null) {
      LockSupport.unpark(loopThread); // end a wait for the next timer early
    }
    io.wake(); // or a wait in the selector
  }

  /** Everything recorded so far; complete once {@link #run} has returned. */
  Timeline timeline() {
    return timeline.snapshot();
  }

  /**
   * Makes this run an explored one: at every point where more than one thing may happen next,
   * {@code chooser} decides (see {@link ScheduleChooser}), and it gives every timer its jitter. Only
   * on the VIRTUAL clock (REAL time would decide instead), and only before {@link #run}.
   */
  void explore(ScheduleChooser chooser) {
    if (owner != null || clock.kind() != ClockKind.VIRTUAL) {
      throw new IllegalStateException("a run is explored on the VIRTUAL clock, before it starts; this loop is "
          + (owner != null ? "running" : "on the " + clock.kind() + " clock"));
    }
    dispatcher.explore(chooser);
  }

  /** Whether a {@link ScheduleChooser} decides this run's order: work on other threads cannot be explored. */
  boolean explored() {
    return dispatcher.explored();
  }

  /** The stretch under way and the stall samples a watchdog adds: what other threads read of the loop. */
  StallWatch stallWatch() {
    return stalls;
  }

  /**
   * A yield point for code that holds no {@link Loop} (the engine binds injected yield points to it):
   * in a coroutine of this loop it fails the coroutine, naming {@code where}, if the run is past its
   * deadline, else yields like {@link #yieldNow()}; anywhere else it does nothing. Returns whether it yielded.
   */
  boolean preemptAt(String where) {
    CoroutineTask<?> me = current;
    if (me == null || Thread.currentThread() != owner) {
      return false;
    }
    limits.checkStop();
    long now = clock.fresh();
    if (limits.passed(now)) {
      throw limits.timedOutComputing(me.name(), where);
    }
    yieldTurn(me, new EventSubject.YieldPoint(where), now, "its turn after a yield at " + where);
    return true;
  }

  <T> Task<T> spawn(String name, Callable<T> body) {
    Objects.requireNonNull(body, "body");
    requireCoroutine("spawn");
    return newTask(name, body);
  }

  void sleep(Duration duration) {
    CoroutineTask<?> me = requireCoroutine("sleep");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("loop.sleep(" + duration + ") in task '" + me.name()
          + "': a sleep cannot be negative; use yieldNow() to only give up the thread");
    }
    long now = clock.fresh();
    Waits.Sleep sleep = new Waits.Sleep(duration); // the timeline's detail and the reason in messages
    timeline.record(EventKind.SLEEP, me.timelineId, sleep, now);
    me.sleepSequence = timers.scheduleSleep(Saturating.add(now, Saturating.nanos(duration)), me);
    suspend(me, TaskState.SLEEPING, sleep);
  }

  void yieldNow() {
    CoroutineTask<?> me = requireCoroutine("yieldNow");
    if ((++dispatcher.yieldsAtThisInstant & RunLimits.BUSY_POLL_CHECK_EVERY_MASK) == 0) {
      limits.checkBusyPolling(clock.kind(), me, dispatcher.yieldsAtThisInstant, clock.now(), timers);
    }
    yieldTurn(me, "", clock.fresh(), Waits.TURN_AFTER_YIELD);
  }

  private void yieldTurn(CoroutineTask<?> me, Object detail, long now, Object waitingFor) {
    timeline.record(EventKind.YIELD, me.timelineId, detail, now);
    me.yielded = true;
    ready.add(me);
    suspend(me, TaskState.READY, waitingFor);
  }

  /** Records {@code kind} about {@code what} with a fresh reading and suspends {@code me} until woken. */
  void suspendWaiting(CoroutineTask<?> me, EventKind kind, Object what) {
    timeline.record(kind, me.timelineId, what, clock.fresh());
    suspend(me, TaskState.WAITING, what);
  }

  /** Cancels {@code task} for {@code reason} (null for none); see {@link Cancellation}. */
  void cancel(CoroutineTask<?> task, String reason) {
    Cancellation.request(this, task, reason, ready);
  }

  /** The run this loop serves. */
  RunIdentity identity() {
    return identity;
  }

  /** See {@link EventLoop#unobservedFailures()}. */
  dev.yieldlab.api.UnobservedFailures unobservedFailures() {
    return unfinished.unobserved();
  }

  /** See {@link EventLoop#suspendedTasks()}. */
  java.util.List<SuspendedTask> suspendedTasks() {
    return unfinished.toList().stream()
        .filter(task -> task.state != TaskState.NEW && task.state != TaskState.RUNNING && !task.coroutine.isDone())
        .map(task -> new SuspendedTask(task.name(), String.valueOf(task.waitingFor),
            java.util.Arrays.asList(task.coroutine.getStackTrace())))
        .toList();
  }

  // ---- hooks of the waiting primitives and I/O (what EventLoop makes reaches the loop through these) ----

  /** The coroutine running now, for {@code primitive}'s {@code operation}; fails naming both sides if it is none of this loop's. */
  CoroutineTask<?> currentFor(Object primitive, String operation) {
    CoroutineTask<?> me = current;
    if (me == null || Thread.currentThread() != owner) {
      throw PrimitiveMisuse.of(primitive, operation, owner, identity);
    }
    return me;
  }

  /** Records that {@code kind} about {@code detail} happened to {@code task} now. */
  void record(EventKind kind, CoroutineTask<?> task, Object detail) {
    timeline.record(kind, task.timelineId, detail, clock.fresh());
  }

  /** A fresh reading of the loop's clock. */
  long now() {
    return clock.fresh();
  }

  TimerQueue timers() {
    return timers;
  }

  SwitchClock switchClock() {
    return clock;
  }

  TimelineRecorder recorder() {
    return timeline;
  }

  ReadyQueue ready() {
    return ready;
  }

  IoDriver io() {
    return io;
  }

  // ---- the loop itself ----

  private void resume(CoroutineTask<?> task) {
    if (task.isDone()) {
      return; // e.g. it failed while pinned after queueing itself
    }
    long start = clock.latest();
    timeline.record(task.state == TaskState.NEW ? EventKind.START : EventKind.RESUME, task.timelineId, "", start);
    task.state = TaskState.RUNNING;
    task.yielded = false;
    current = task;
    stalls.begin(task.name(), start);
    clock.stale(); // the coroutine's code runs now
    try {
      task.coroutine.run();
    } finally {
      current = null;
      EventSubject.Stall stall = stalls.end(clock.latest()); // the suspension's own reading: no extra read
      if (stall != null) {
        timeline.record(EventKind.STALL, task.timelineId, stall, clock.latest());
      }
    }
    if (task.coroutine.isDone()) {
      finish(task);
    } else {
      limits.checkDeadline(clock.latest());
    }
  }

  void finish(CoroutineTask<?> task) {
    task.state = TaskState.DONE;
    task.completionOrder = ++completions;
    unfinished.ended(task);
    timeline.record(task.endKind(), task.timelineId, task.endSubject(), clock.latest());
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
    if (me.checkBeforeWait) {
      TaskCancelledException instead = me.interruptionBeforeWait(waitingFor);
      if (instead != null) { // a timeout or cancellation that waited for this wait: it ends here
        ready.undoSuspension(me);
        timeline.record(EventKind.RESUME, me.timelineId, "", clock.fresh());
        throw instead;
      }
    }
    me.state = state;
    if (me.waitingFor != waitingFor) {
      me.waitingFor = waitingFor; // a task that yields again and again keeps its reason, without a store
    }
    if (me.cancelRequested && me.shieldDepth == 0) {
      Cancellation.waitsAgain(this, me, waitingFor); // a cancelled task's every later wait ends at once
    }
    clock.standsForNow();
    try {
      me.coroutine.suspend();
    } catch (PinnedYieldException refused) {
      clock.stale(); // it keeps running
      ready.undoSuspension(me);
      throw refused;
    }
    if ((me.cancelRequested || me.interruptAtResume) && me.shieldDepth == 0) {
      throw me.interruption(waitingFor);
    }
  }

  private <T> CoroutineTask<T> newTask(String name, Callable<T> body) {
    CoroutineTask<T> task = new CoroutineTask<>(this, Objects.requireNonNull(name, "name"), body, timeline.register(name));
    unfinished.add(task);
    timeline.record(EventKind.SPAWN, task.timelineId, "", clock.fresh());
    ready.add(task);
    return task;
  }

  /** After main ended: cancel the rest, let them unwind once, and abandon any that keep waiting. */
  private void cancelUnfinished() {
    unfinished.runEnds().forEach(task -> cancel(task, null));
    for (CoroutineTask<?> next = ready.poll(); next != null; next = ready.poll()) {
      resume(next);
    }
  }

  /** The running coroutine, when the caller is it; otherwise an error saying who called from where. */
  CoroutineTask<?> requireCoroutine(String operation) {
    Thread caller = Thread.currentThread();
    if (caller != owner || current == null) {
      throw PrimitiveMisuse.notInACoroutine(operation, owner, caller, identity); // built apart: this check inlines
    }
    return current;
  }
}
