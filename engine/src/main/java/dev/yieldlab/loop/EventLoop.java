package dev.yieldlab.loop;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.EventKind;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.OutsideEvent;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.Timeline;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * yieldlab's {@code asyncio}: runs coroutines on the thread that calls {@link #run}, one at a time,
 * switching only where a coroutine suspends. Timers fire in (deadline, sequence) order; ready tasks
 * run in FIFO order.
 *
 * <p>One loop serves one run. It is not thread-safe by design: every method must be called from the
 * loop's own thread, and the ones a coroutine calls check that.
 *
 * <p>Reading the REAL clock costs about as much as a bare continuation switch, so the loop reads it
 * once per switch, not once per event: events a coroutine causes (spawn, log, yield, sleep, wait)
 * read it afresh, while events of the loop's own between two coroutine slices (start, resume, wake,
 * end) carry the latest reading as long as no coroutine code has run since it was taken, which is
 * the case right after a suspension (its yield, sleep or wait event is the suspending coroutine's last
 * act). A resume is therefore stamped with the time its predecessor suspended: the loop's bookkeeping
 * in between, a fraction of a microsecond, is not told apart. See {@link #loopTime()}.
 */
public final class EventLoop implements Loop {

  /** The loop running on this thread, for yield points injected into code that holds no Loop. */
  private static final ThreadLocal<EventLoop> RUNNING = new ThreadLocal<>();

  private final LoopClock clock;
  private final TimelineRecorder timeline;
  private final long deadline;
  private final String timeoutText;
  private final ArrayDeque<CoroutineTask<?>> ready = new ArrayDeque<>();
  private final TimerQueue timers = new TimerQueue();
  /** Tasks that have not ended, in spawn order, for deadlock and timeout messages. */
  private final UnfinishedTasks unfinished = new UnfinishedTasks();
  private CoroutineTask<?> current;
  /** Set from another thread to end the run at the loop's next step (platform cancellation). */
  private volatile String stopReason;
  private Thread owner;
  private long completions;
  /** The clock's latest reading, and whether it still stands for now: see {@link #loopTime()}. */
  private long lastReading;
  private boolean readingIsCurrent;

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
    this.clock = LoopClock.of(clock);
    this.timeline = new TimelineRecorder(this.clock);
    this.deadline = timeout == null ? Long.MAX_VALUE : timeout.toNanos();
    this.timeoutText = timeout == null ? "" : timeout.toString();
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
    if (stopReason != null) {
      checkStop(); // stopped before it started
    }
    CoroutineTask<T> mainTask = newTask(mainName, main);
    RUNNING.set(this);
    try {
      while (!mainTask.isDone()) {
        step();
      }
    } finally {
      try {
        cancelUnfinished();
      } finally {
        RUNNING.remove();
      }
    }
    return mainTask.outcome();
  }

  /**
   * Asks the loop to end its run with a {@link LoopStoppedException} at its next step or suspension;
   * the only method that may be called from any thread. A coroutine that never suspends cannot be
   * stopped this way (nor any other way in Java).
   */
  public void requestStop(String reason) {
    stopReason = Objects.requireNonNull(reason, "reason");
    Thread loopThread = owner;
    if (loopThread != null) {
      LockSupport.unpark(loopThread); // end a wait for the next timer early
    }
  }

  /** Everything recorded so far; complete once {@link #run} has returned. */
  public Timeline timeline() {
    return timeline.snapshot();
  }

  /** Whether the calling code runs inside a coroutine of a loop on this thread. */
  public static boolean inCoroutine() {
    EventLoop loop = RUNNING.get();
    return loop != null && loop.current != null;
  }

  /**
   * A yield point that code without a {@link Loop} can call, e.g. one injected into a loop's
   * back-edge: inside a coroutine it first fails the coroutine with a {@link LoopTimeoutException}
   * naming {@code where} if the run is past its deadline, then yields like {@link #yieldNow()}.
   * Outside a coroutine it does nothing. Returns whether it yielded.
   */
  public static boolean preemptionPoint(String where) {
    EventLoop loop = RUNNING.get();
    if (loop == null || loop.current == null) {
      return false;
    }
    CoroutineTask<?> me = loop.current;
    loop.checkStop();
    long now = loop.readClock();
    if (now > loop.deadline) {
      throw new LoopTimeoutException("run exceeded its timeout of " + loop.timeoutText + " in task '" + me.name()
          + "', still computing in " + where);
    }
    loop.timeline.record(EventKind.YIELD, me, "at " + where, now);
    loop.ready.addLast(me);
    loop.suspend(me, TaskState.READY, "its turn after a yield at " + where);
    return true;
  }

  @Override
  public <T> Task<T> spawn(String name, Callable<T> body) {
    Objects.requireNonNull(body, "body");
    requireCoroutine("spawn");
    return newTask(name, body);
  }

  @Override
  public Task<Void> spawn(String name, CoroutineBody body) {
    Objects.requireNonNull(body, "body");
    return spawn(name, () -> {
      body.run();
      return null;
    });
  }

  @Override
  public void sleep(Duration duration) {
    CoroutineTask<?> me = requireCoroutine("sleep");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("loop.sleep(" + duration + ") in task '" + me.name()
          + "': a sleep cannot be negative; use yieldNow() to only give up the thread");
    }
    long nanos = saturatedNanos(duration);
    long now = readClock();
    timeline.record(EventKind.SLEEP, me, duration, now); // its text is made only if the timeline is read
    me.timer = timers.schedule(saturatedAdd(now, nanos), me);
    suspend(me, TaskState.SLEEPING, new Waits.Sleep(duration));
  }

  @Override
  public void yieldNow() {
    CoroutineTask<?> me = requireCoroutine("yieldNow");
    timeline.record(EventKind.YIELD, me, "", readClock());
    ready.addLast(me);
    suspend(me, TaskState.READY, Waits.TURN_AFTER_YIELD);
  }

  @Override
  public List<Object> gather(Task<?>... tasks) {
    CoroutineTask<?> me = requireCoroutine("gather");
    List<CoroutineTask<?>> group = Arrays.stream(tasks).map(this::own).toList();
    if (group.contains(me)) {
      // As join() on itself: the task would wait for its own end, found only later as a deadlock.
      throw new IllegalStateException("task '" + me.name() + "' passed itself to gather(): it would wait forever");
    }
    String what = describeGroup(group);
    GroupWait wait = new GroupWait(me);
    wait.firstFailed = firstFailure(group);
    for (CoroutineTask<?> member : group) {
      if (!member.isDone()) {
        wait.unfinished++;
        member.addGroupWait(wait);
      }
    }
    try {
      while (wait.firstFailed == null && wait.unfinished > 0) {
        timeline.record(EventKind.WAIT, me, what, readClock());
        suspend(me, TaskState.WAITING, what);
      }
      if (wait.firstFailed != null) {
        // A task group: the first failure cancels the rest, which may still unwind before it is rethrown.
        wait.wakeOnFailure = false;
        group.forEach(this::cancel);
        String unwinding = "cancelled siblings of " + wait.firstFailed.name();
        while (wait.unfinished > 0) {
          timeline.record(EventKind.WAIT, me, unwinding, readClock());
          suspend(me, TaskState.WAITING, unwinding);
        }
        throw groupFailure(wait.firstFailed, group);
      }
      List<Object> values = new ArrayList<>(group.size());
      group.forEach(task -> values.add(task.valueOrNull()));
      return Collections.unmodifiableList(values);
    } catch (TaskCancelledException cancelled) {
      // The gathering task itself was cancelled: its children go with it, as in a task group.
      group.forEach(this::cancel);
      throw cancelled;
    } finally {
      if (wait.unfinished > 0) {
        group.forEach(member -> member.removeGroupWait(wait)); // no stale registration may wake it later
      }
    }
  }

  /** {@code gather(a, b, c)}, or the first ten names and how many more, for a group of thousands. */
  private static String describeGroup(List<CoroutineTask<?>> group) {
    int shown = Math.min(group.size(), 10);
    String names = group.subList(0, shown).stream().map(Task::name).collect(Collectors.joining(", "));
    return "gather(" + names + (group.size() > shown ? ", and " + (group.size() - shown) + " more" : "") + ")";
  }

  @Override
  public void log(String message) {
    CoroutineTask<?> me = requireCoroutine("log");
    timeline.record(EventKind.LOG, me, String.valueOf(message), readClock());
  }

  @Override
  public void recordOutside(List<OutsideEvent> outside) {
    requireCoroutine("recordOutside");
    // One reading of both clocks for the whole batch, so events at the same instant stay together.
    long loopNow = clock.now();
    Instant wallNow = Instant.now();
    timeline.recordOutside(outside.stream()
        .map(event -> new OutsideLanes.Outside(event.kind(), event.lane(),
            loopNow - Math.clamp(saturatedNanos(Duration.between(event.at(), wallNow)), 0, loopNow), event.detail()))
        .toList());
  }

  @Override
  public Duration elapsed() {
    return Duration.ofNanos(clock.now());
  }

  @Override
  public ClockKind clock() {
    return clock.kind();
  }

  <T> T join(CoroutineTask<T> target) {
    CoroutineTask<?> me = requireCoroutine("join");
    if (target == me) {
      throw new IllegalStateException("task '" + me.name() + "' called join() on itself: it would wait forever");
    }
    Waits.Join what = null;
    while (!target.isDone()) {
      what = what == null ? new Waits.Join(target) : what;
      awaitOne(me, target, what);
    }
    return target.outcome();
  }

  void cancel(CoroutineTask<?> task) {
    if (task.isDone() || task.cancelRequested) {
      return;
    }
    task.cancelRequested = true;
    switch (task.state) {
      case NEW -> {
        ready.remove(task);
        task.cancelBeforeStart();
        finish(task);
      }
      case SLEEPING, WAITING -> {
        if (task.timer != null) {
          task.timer.cancelled = true;
        }
        makeReady(task);
      }
      // READY: already queued; RUNNING: it is the caller. Both see the request at their next suspension.
      default -> { }
    }
  }

  // ---- the loop itself ----

  private void step() {
    checkStop();
    fireDueTimers();
    CoroutineTask<?> next = ready.pollFirst();
    if (next != null) {
      resume(next);
      return;
    }
    TimerQueue.Timer timer = timers.peek();
    if (timer == null) {
      throw new DeadlockException(describeUnfinished());
    }
    checkDeadline();
    if (timer.deadline > deadline) {
      // Nothing can happen before the deadline: wait until it and fail, rather than jump past it.
      waitUntil(deadline);
      checkStop();
      throw timedOut();
    }
    waitUntil(timer.deadline);
  }

  private void waitUntil(long time) {
    clock.waitUntil(time, this::stopRequested);
    readingIsCurrent = false;
  }

  private void fireDueTimers() {
    if (timers.isEmpty()) {
      return;
    }
    long now = loopTime();
    for (TimerQueue.Timer due = timers.pollDue(now); due != null; due = timers.pollDue(now)) {
      CoroutineTask<?> task = due.task;
      if (task.timer != due) {
        continue; // not the timer of the task's current sleep
      }
      task.timer = null;
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
    timeline.record(task.state == TaskState.NEW ? EventKind.START : EventKind.RESUME, task, "", loopTime());
    task.state = TaskState.RUNNING;
    current = task;
    readingIsCurrent = false; // the coroutine's code runs now
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

  private void finish(CoroutineTask<?> task) {
    task.state = TaskState.DONE;
    task.completionOrder = ++completions;
    unfinished.remove(task);
    Throwable failure = task.failure();
    long now = loopTime();
    if (failure == null) {
      timeline.record(EventKind.END, task, "", now);
    } else if (task.wasCancelled()) {
      timeline.record(EventKind.CANCEL, task, String.valueOf(failure.getMessage()), now);
    } else {
      timeline.record(EventKind.FAIL, task, failure.toString(), now);
    }
    for (CoroutineTask<?> waiter : task.takeWaiters()) {
      if (waiter.state == TaskState.WAITING) {
        makeReady(waiter);
      }
    }
    for (GroupWait wait : task.takeGroupWaits()) {
      if (wait.memberFinished(task) && wait.waiter.state == TaskState.WAITING) {
        makeReady(wait.waiter);
      }
    }
  }

  /**
   * Suspends {@code me}. Every caller has just recorded the event that says why, with a fresh clock
   * reading: the loop takes that reading for the time of the switch (see {@link #loopTime()}).
   * {@code waitingFor}'s text is made only for a deadlock, timeout or cancellation message.
   */
  private void suspend(CoroutineTask<?> me, TaskState state, Object waitingFor) {
    me.state = state;
    if (me.waitingFor != waitingFor) {
      me.waitingFor = waitingFor; // a task that yields again and again keeps its reason, without a store
    }
    readingIsCurrent = true;
    try {
      me.coroutine.suspend();
    } catch (PinnedYieldException refused) {
      readingIsCurrent = false; // it keeps running
      // The JVM refused and the task keeps running: undo what the suspension registered (its place in
      // the ready queue, its timer), or a task that catches this would later be resumed before its
      // time by a yield or sleep that never happened.
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

  private void awaitOne(CoroutineTask<?> me, CoroutineTask<?> target, Waits.Join what) {
    timeline.record(EventKind.WAIT, me, what, readClock());
    target.addWaiter(me);
    try {
      suspend(me, TaskState.WAITING, what);
    } finally {
      target.removeWaiter(me); // no stale registration may wake it later
    }
  }

  private void makeReady(CoroutineTask<?> task) {
    task.state = TaskState.READY;
    ready.addLast(task);
  }

  private <T> CoroutineTask<T> newTask(String name, Callable<T> body) {
    CoroutineTask<T> task = new CoroutineTask<>(this, Objects.requireNonNull(name, "name"), body, timeline.register(name));
    unfinished.add(task);
    timeline.record(EventKind.SPAWN, task, "", readClock());
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

  /** A run that reaches its deadline exactly is in time; only passing it fails (see the constructor). */
  private void checkDeadline() {
    checkStop();
    if (loopTime() > deadline) {
      throw timedOut();
    }
  }

  /** A fresh reading of the clock, for an event a coroutine causes (its code has run since the last). */
  private long readClock() {
    lastReading = clock.now();
    return lastReading;
  }

  /**
   * The time of an event of the loop's own: the latest reading while it still stands for now, that
   * is while no coroutine has run and the loop has not waited since it was taken; otherwise a fresh
   * one. It is current from a suspension (whose event took it as the coroutine's last act) to the next
   * resume, and from any reading the loop takes itself until then.
   */
  private long loopTime() {
    if (!readingIsCurrent) {
      lastReading = clock.now();
      readingIsCurrent = true;
    }
    return lastReading;
  }

  private boolean stopRequested() {
    return stopReason != null;
  }

  private void checkStop() {
    String reason = stopReason;
    if (reason != null) {
      throw stopped(reason); // its message is built apart, so that this check inlines
    }
  }

  private LoopStoppedException stopped(String reason) {
    return new LoopStoppedException("run stopped: " + reason + "; unfinished tasks:" + System.lineSeparator()
        + describeUnfinished());
  }

  private LoopTimeoutException timedOut() {
    return new LoopTimeoutException("run exceeded its timeout of " + timeoutText + "; unfinished tasks:"
        + System.lineSeparator() + describeUnfinished());
  }

  private String describeUnfinished() {
    return unfinished.toList().stream()
        .map(t -> "  task '" + t.name() + "' waits for " + t.waitingFor)
        .collect(Collectors.joining(System.lineSeparator()));
  }

  private static CoroutineTask<?> firstFailure(List<CoroutineTask<?>> group) {
    CoroutineTask<?> first = null;
    for (CoroutineTask<?> task : group) {
      if (task.isDone() && task.failure() != null
          && (first == null || task.completionOrder < first.completionOrder)) {
        first = task;
      }
    }
    return first;
  }

  /** The first failure, with the other members' own failures (not their cancellations) suppressed. */
  private static RuntimeException groupFailure(CoroutineTask<?> firstFailed, List<CoroutineTask<?>> group) {
    Throwable failure = firstFailed.failure();
    for (CoroutineTask<?> task : group) {
      Throwable other = task.failure();
      if (task != firstFailed && other != null && !task.wasCancelled() && other != failure) {
        failure.addSuppressed(other);
      }
    }
    return Sneaky.rethrow(failure);
  }

  private CoroutineTask<?> own(Task<?> task) {
    if (task instanceof CoroutineTask<?> ours && ours.belongsTo(this)) {
      return ours;
    }
    throw new IllegalArgumentException("task '" + task.name() + "' was not spawned on this loop");
  }

  private CoroutineTask<?> requireCoroutine(String operation) {
    Thread caller = Thread.currentThread();
    if (caller != owner || current == null) {
      throw notInACoroutine(operation, caller); // its message is built apart, so that this check inlines
    }
    return current;
  }

  private IllegalStateException notInACoroutine(String operation, Thread caller) {
    return new IllegalStateException("loop." + operation + "() must be called from a coroutine running on this loop"
        + (owner == null ? " (the loop has not started)" : " (thread '" + owner.getName() + "')")
        + ", but was called from thread '" + caller.getName() + "'"
        + (caller == owner ? " outside any coroutine" : ""));
  }

  /** The duration in nanoseconds, or the largest long of its sign where it has too many to count. */
  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return duration.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
