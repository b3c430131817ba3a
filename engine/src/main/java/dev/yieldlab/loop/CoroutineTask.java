package dev.yieldlab.loop;

import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import java.util.concurrent.Callable;

/** A task of an {@link LoopCore}: its coroutine, its state and, once done, its outcome. */
final class CoroutineTask<T> implements Task<T> {

  /** {@link #sleepSequence} of a task that does not sleep: no timer's sequence is negative. */
  static final long NO_SLEEP = -1;

  private final LoopCore loop;
  private final String name;
  /** This task's number in its loop's timeline, which stores numbers rather than names per event. */
  final int timelineId;
  final Coroutine coroutine;

  TaskState state = TaskState.NEW;
  /**
   * What a suspended task waits for, for deadlock and timeout messages: its {@code toString()} says
   * it ("sleep PT1S"), made only when a message needs it (see {@link Waits}).
   */
  Object waitingFor = "its first turn";
  /**
   * The sequence of this task's timer-heap entry while it sleeps, {@link #NO_SLEEP} otherwise: an
   * entry whose sequence is not this one is a sleep cut short, dropped when it comes due (see {@link
   * TimerQueue#scheduleSleep}).
   */
  long sleepSequence = NO_SLEEP;
  /** Who waits for this task to end (joins, gathers); null until the first (most tasks have none). */
  private WaitList doneWaiters;
  /** Neighbours in the loop's list of unfinished tasks (see {@link UnfinishedTasks}). */
  CoroutineTask<?> previousUnfinished;
  CoroutineTask<?> nextUnfinished;
  boolean cancelRequested;
  /** The reason given to {@code cancel(reason)}; null for none. */
  String cancelReason;
  /** When the cancellation was asked for, on the loop's clock: how late a task that swallowed it went on. */
  long cancelledAtNanos;
  /** Its own cancellation as last raised into it (at a wait); null until then, or once a scope took charge of it. */
  TaskCancelledException raised;
  /** The first cancellation it caught and went on from, for timeout and stop messages; null for none. */
  EventSubject.CancellationSwallowed swallowed;
  /**
   * The timeout or scope that has interrupted this task and not yet dealt with it (see {@link
   * Interrupter}); null for none.
   */
  Interrupter interrupter;
  /** The interrupter broke into a wait: the task throws when it resumes. */
  boolean interruptAtResume;
  /** The interrupter fired while the task could not be interrupted (ready to finish, or shielded): it throws at its next wait. */
  boolean interruptAtNextWait;
  /** A cancellation came while the task was shielded: it throws at its next wait after the shield. */
  boolean cancelDeferred;
  /**
   * Whether the next suspension must first look for an interruption to throw instead of waiting:
   * set with {@link #interruptAtNextWait} and {@link #cancelDeferred}, so that the switch path reads
   * one field (and clears it once there is nothing to throw).
   */
  boolean checkBeforeWait;
  /** How many {@code shield} blocks the task is in: while above 0, no cancellation or timeout is thrown in it. */
  int shieldDepth;
  /** Whether the task is ready because it yielded (until it resumes): an explored run's PCT lowers such a task. */
  boolean yielded;
  /** Order in which tasks ended, so gather can tell which failure came first. */
  long completionOrder;
  /**
   * Whether its failure reached someone: a join, a gather or scope, a select, the run itself for
   * main. A task that fails without it is reported at the run's end ({@link UnfinishedTasks#outcomeAtTheEnd}).
   */
  boolean failureObserved;

  private T value;
  private Throwable failure;

  CoroutineTask(LoopCore loop, String name, Callable<T> body, int timelineId) {
    this.loop = loop;
    this.name = name;
    this.timelineId = timelineId;
    this.coroutine = new Coroutine(name, loop.identity(), () -> {
      try {
        value = body.call();
        if (raised != null) {
          Cancellation.swallowed(loop, this, raised, Cancellation.describe(this), cancelledAtNanos, "ended normally");
        }
      } catch (Throwable thrown) {
        failure = thrown;
      }
    });
  }

  @Override
  public String name() {
    return name;
  }

  /** Suspends the calling coroutine on this task's end; see {@link Task#join()}. */
  @Override
  public T join() {
    CoroutineTask<?> me = loop.requireCoroutine("join");
    if (me == this) {
      throw new IllegalStateException("task '" + name + "' called join() on itself: it would wait forever");
    }
    Waits.Join what = null;
    while (!isDone()) {
      what = what == null ? new Waits.Join(this) : what;
      doneWaiters().await(loop, me, what);
    }
    return outcome();
  }

  @Override
  public boolean isDone() {
    return state == TaskState.DONE;
  }

  @Override
  public void cancel() {
    loop.cancel(this, null);
  }

  @Override
  public void cancel(String reason) {
    loop.cancel(this, java.util.Objects.requireNonNull(reason, "reason"));
  }

  /**
   * What a task that resumes from waiting for {@code waitingFor} throws: its interrupter's exception
   * if that broke into the wait, else its cancellation.
   */
  TaskCancelledException interruption(Object waitingFor) {
    if (interruptAtResume && interrupter != null) {
      interruptAtResume = false;
      return interrupter.interruption(this, waitingFor);
    }
    interruptAtResume = false;
    return raised = cancellation("while waiting for " + waitingFor);
  }

  /**
   * What a task about to wait for {@code waitingFor} throws instead, if anything: an interruption or
   * cancellation that could not be thrown where it happened (see {@link #checkBeforeWait}).
   */
  TaskCancelledException interruptionBeforeWait(Object waitingFor) {
    checkBeforeWait = false;
    if (shieldDepth > 0) {
      checkBeforeWait = interruptAtNextWait || cancelDeferred;
      return null;
    }
    if (cancelDeferred) {
      cancelDeferred = false;
      interruptAtNextWait = false;
      return raised = cancellation("before waiting for " + waitingFor);
    }
    if (interruptAtNextWait && interrupter != null) {
      interruptAtNextWait = false;
      return interrupter.interruption(this, "before waiting for " + waitingFor);
    }
    interruptAtNextWait = false;
    return null;
  }

  /** Enters a shield: no cancellation or timeout is thrown in the task until the matching {@link #leaveShield()}. */
  void enterShield() {
    shieldDepth++;
  }

  /** Leaves a shield: what came meanwhile is thrown at the task's next wait. */
  void leaveShield() {
    shieldDepth--;
    if (shieldDepth == 0 && (cancelDeferred || interruptAtNextWait)) {
      checkBeforeWait = true;
    }
  }

  /** {@code task 'x' was cancelled <where>: <reason>}. */
  TaskCancelledException cancellation(String where) {
    return new TaskCancelledException("task '" + name + "' was cancelled " + where
        + (cancelReason == null ? "" : ": " + cancelReason), cancelReason);
  }

  /** The interrupter dealt with its interruption (its block ended): nothing of it is left to throw. */
  void interruptionHandled(Interrupter handled) {
    if (interrupter == handled) {
      interrupter = null;
      interruptAtResume = false;
      interruptAtNextWait = false;
    }
  }

  /** Who waits for this task to end; woken by the loop when it does. */
  WaitList doneWaiters() {
    if (doneWaiters == null) {
      doneWaiters = new WaitList();
    }
    return doneWaiters;
  }

  /** Whether anybody waits for this task to end, without creating the list. */
  boolean hasDoneWaiters() {
    return doneWaiters != null && !doneWaiters.isEmpty();
  }

  boolean belongsTo(LoopCore candidate) {
    return loop == candidate;
  }

  /** The run of the loop that spawned it. */
  RunIdentity loopIdentity() {
    return loop.identity();
  }

  /** {@code task} as a task of {@code loop}; fails naming it when another loop spawned it. */
  static CoroutineTask<?> of(Task<?> task, LoopCore loop) {
    if (task instanceof CoroutineTask<?> ours && ours.belongsTo(loop)) {
      return ours;
    }
    throw PrimitiveMisuse.foreignTask(task, loop);
  }

  Throwable failure() {
    return failure;
  }

  boolean wasCancelled() {
    return failure instanceof TaskCancelledException && cancelRequested;
  }

  /** Ends a task that never ran, as cancelled. */
  void cancelBeforeStart() {
    cancelRequested = true;
    failure = cancellation("before it started");
  }

  /** How it ended, as its last timeline event: END, CANCEL or FAIL. */
  EventKind endKind() {
    return failure == null ? EventKind.END : wasCancelled() ? EventKind.CANCEL : EventKind.FAIL;
  }

  /** What its last timeline event is about: nothing, the cancellation's message, or the failure. */
  Object endSubject() {
    return failure == null ? "" : wasCancelled() ? new EventSubject.Cancellation(String.valueOf(failure.getMessage()))
        : EventSubject.Failure.of(failure);
  }

  /** The value, or the failure rethrown as it was thrown (checked exceptions included). */
  T outcome() {
    if (failure != null) {
      failureObserved = true;
      throw Sneaky.<RuntimeException>rethrow(failure);
    }
    return value;
  }

  Object valueOrNull() {
    return value;
  }

  @Override
  public String toString() {
    return "task '" + name + "' (" + state + ")";
  }
}
