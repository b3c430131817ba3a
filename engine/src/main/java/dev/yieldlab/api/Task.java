package dev.yieldlab.api;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** A coroutine spawned on a {@link Loop}, and the handle to its outcome. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Task<T> {

  /** The name given at spawn: it labels the task in logs, timelines and errors. */
  String name();

  /**
   * Suspends the calling coroutine until this task ends, then returns its value or rethrows its
   * failure ({@link TaskCancelledException} when it was cancelled).
   */
  T join();

  /** Whether the task has ended: returned, failed or been cancelled. */
  boolean isDone();

  /**
   * Asks the task to stop: a task that has not started never starts; a suspended one resumes with a
   * {@link TaskCancelledException} thrown where it waits. The request stays: a task that catches it
   * gets it again at once at every later wait (kotlinx, trio; asyncio raises it once), so cleanup that
   * must wait goes in {@link Loop#shield}. A finished task is left as it is.
   */
  void cancel();

  /**
   * As {@link #cancel()}, with a reason that the {@link TaskCancelledException} thrown in the task
   * (and by its {@link #join()}) carries in its message and {@link TaskCancelledException#reason()}.
   */
  @API(status = EXPERIMENTAL, since = "0.2")
  void cancel(String reason);
}
