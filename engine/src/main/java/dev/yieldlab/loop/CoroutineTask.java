package dev.yieldlab.loop;

import dev.yieldlab.api.Task;
import dev.yieldlab.api.TaskCancelledException;
import java.util.ArrayList;
import java.util.List;
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
  /** Tasks suspended in join on this one, woken when it ends; null until the first (most tasks have none). */
  private List<CoroutineTask<?>> waiters;
  /** Gathers this task is a member of, told when it ends; null until the first. */
  private List<GroupWait> groupWaits;
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

  @Override
  public T join() {
    return loop.join(this);
  }

  @Override
  public boolean isDone() {
    return state == TaskState.DONE;
  }

  @Override
  public void cancel() {
    loop.cancel(this);
  }

  void addWaiter(CoroutineTask<?> waiter) {
    if (waiters == null) {
      waiters = new ArrayList<>(2);
    }
    waiters.add(waiter);
  }

  void removeWaiter(CoroutineTask<?> waiter) {
    if (waiters != null) {
      waiters.remove(waiter);
    }
  }

  /** The tasks that joined this one, once: the list is emptied. */
  List<CoroutineTask<?>> takeWaiters() {
    List<CoroutineTask<?>> taken = waiters == null ? List.of() : waiters;
    waiters = null;
    return taken;
  }

  void addGroupWait(GroupWait wait) {
    if (groupWaits == null) {
      groupWaits = new ArrayList<>(1);
    }
    groupWaits.add(wait);
  }

  void removeGroupWait(GroupWait wait) {
    if (groupWaits != null) {
      groupWaits.remove(wait);
    }
  }

  /** The gathers this task is a member of, once: the list is emptied. */
  List<GroupWait> takeGroupWaits() {
    List<GroupWait> taken = groupWaits == null ? List.of() : groupWaits;
    groupWaits = null;
    return taken;
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
