package dev.yieldlab.loop;

/**
 * Cancelling a task, as {@code asyncio.Task.cancel}: a task that has not started never starts and ends
 * cancelled at once; a sleeping or waiting one is made ready and, when it runs, gets a {@link
 * dev.yieldlab.api.TaskCancelledException} thrown where it waits (by the loop's suspension, so every
 * suspension is a cancellation point, trio's checkpoint rule); a ready or running one gets it at its
 * next suspension. A shielded task sees it only after its shield. A finished task, or one already
 * asked, is left alone.
 */
final class Cancellation {

  private Cancellation() {}

  /** Cancels {@code task} for {@code reason} (null for none), which reaches its exception. */
  static void request(EventLoop loop, CoroutineTask<?> task, String reason, ReadyQueue ready) {
    if (task.isDone() || task.cancelRequested) {
      return;
    }
    task.cancelRequested = true;
    task.cancelReason = reason;
    if (task.shieldDepth > 0) {
      task.cancelDeferred = true;
      task.checkBeforeWait = true;
      return;
    }
    if (task.state == TaskState.NEW) {
      ready.remove(task);
      task.cancelBeforeStart();
      loop.finish(task);
    }
    // SLEEPING, WAITING: made ready now. READY: already queued; RUNNING: it is the caller. Both see
    // the request at their next suspension.
    breakIntoWait(loop, task);
  }

  /** Makes a sleeping or waiting task ready at once, its wait cut short; false if it was not suspended. */
  static boolean breakIntoWait(EventLoop loop, CoroutineTask<?> task) {
    if (task.state != TaskState.SLEEPING && task.state != TaskState.WAITING) {
      return false;
    }
    task.sleepSequence = CoroutineTask.NO_SLEEP; // its timer, if it slept, no longer stands
    loop.ready().makeReady(task);
    return true;
  }
}
