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
  final Coroutine coroutine;

  TaskState state = TaskState.NEW;
  /** What a suspended task waits for, for deadlock and timeout messages: "sleep PT1S". */
  String waitingFor = "its first turn";
  TimerQueue.Timer timer;
  /** Tasks suspended in join/gather on this one; woken when it ends. */
  final List<CoroutineTask<?>> waiters = new ArrayList<>(2);
  /** Gathers this task is a member of; told when it ends. */
  final List<GroupWait> groupWaits = new ArrayList<>(1);
  boolean cancelRequested;
  /** Order in which tasks ended, so gather can tell which failure came first. */
  long completionOrder;

  private T value;
  private Throwable failure;

  CoroutineTask(EventLoop loop, String name, Callable<T> body) {
    this.loop = loop;
    this.name = name;
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
