package dev.yieldlab.loop;

import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import java.util.concurrent.Callable;

/** A task of an {@link EventLoop}: its coroutine, its state and, once done, its outcome. */
final class CoroutineTask<T> implements Task<T> {

  private final EventLoop loop;
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
  TimerQueue.Timer timer;
  /** Who waits for this task to end (joins, gathers); null until the first (most tasks have none). */
  private WaitList doneWaiters;
  /** Neighbours in the loop's list of unfinished tasks (see {@link UnfinishedTasks}). */
  CoroutineTask<?> previousUnfinished;
  CoroutineTask<?> nextUnfinished;
  boolean cancelRequested;
  /** Order in which tasks ended, so gather can tell which failure came first. */
  long completionOrder;

  private T value;
  private Throwable failure;

  CoroutineTask(EventLoop loop, String name, Callable<T> body, int timelineId) {
    this.loop = loop;
    this.name = name;
    this.timelineId = timelineId;
    this.coroutine = new Coroutine(name, () -> {
      try {
        value = body.call();
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
    loop.cancel(this);
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

  boolean belongsTo(EventLoop candidate) {
    return loop == candidate;
  }

  Throwable failure() {
    return failure;
  }

  boolean wasCancelled() {
    return failure instanceof TaskCancelledException && cancelRequested;
  }

  /** Ends a task that never ran, as cancelled. */
  void cancelBeforeStart() {
    failure = new TaskCancelledException("task '" + name + "' was cancelled before it started");
    cancelRequested = true;
  }

  /** The value, or the failure rethrown as it was thrown (checked exceptions included). */
  T outcome() {
    if (failure != null) {
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
