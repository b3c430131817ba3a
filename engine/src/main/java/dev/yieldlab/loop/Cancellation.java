package dev.yieldlab.loop;

import java.util.ArrayDeque;

/**
 * Cancelling a task, as {@code asyncio.Task.cancel}: a task that has not started never starts and ends
 * cancelled at once; a sleeping or waiting one is made ready and, when it runs, gets a {@link
 * dev.yieldlab.api.TaskCancelledException} thrown where it waits (by the loop's suspension, so every
 * suspension is a cancellation point, trio's checkpoint rule); a ready or running one gets it at its
 * next suspension. A finished task, or one already asked, is left alone.
 */
final class Cancellation {

  private Cancellation() {}

  static void request(EventLoop loop, CoroutineTask<?> task, ArrayDeque<CoroutineTask<?>> ready) {
    if (task.isDone() || task.cancelRequested) {
      return;
    }
    task.cancelRequested = true;
    switch (task.state) {
      case NEW -> {
        ready.remove(task);
        task.cancelBeforeStart();
        loop.finish(task);
      }
      case SLEEPING, WAITING -> {
        if (task.timer != null) {
          task.timer.cancelled = true;
        }
        loop.makeReady(task);
      }
      // READY: already queued; RUNNING: it is the caller. Both see the request at their next suspension.
      default -> { }
    }
  }
}
