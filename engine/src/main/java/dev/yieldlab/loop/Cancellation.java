package dev.yieldlab.loop;

import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.timeline.EventKind;
import dev.yieldlab.api.timeline.EventSubject;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Cancelling a task, as {@code asyncio.Task.cancel}: a task that has not started never starts and ends
 * cancelled at once; a sleeping or waiting one is made ready and, when it runs, gets a {@link
 * TaskCancelledException} thrown where it waits (by the loop's suspension, so every suspension is a
 * cancellation point, trio's checkpoint rule); a ready or running one gets it at its next suspension.
 * A shielded task sees it only after its shield. A finished task, or one already asked, is left alone.
 *
 * <p>A cancellation stays: a task that catches it and waits again gets it again at once, at every
 * later wait ({@link #waitsAgain}), as a cancelled kotlinx coroutine does at every suspension and a
 * trio task at every checkpoint; asyncio raises {@code Task.cancel()} once. A wait that would only end
 * in the same exception after waiting its whole time tells the task nothing; cleanup that must wait
 * goes in {@code loop.shield}. A timeout's cancellation, by contrast, is raised once ({@link
 * BlockTimeout}): the block's cleanup may wait, and {@code withTimeout} throws when the block ends.
 * A task that swallows a cancellation is marked in the timeline ({@link EventSubject.CancellationSwallowed}).
 */
final class Cancellation {

  private Cancellation() {}

  /**
   * A cancelled task, not shielded, is about to wait: the wait ends at once, so that the task's
   * cancellation is thrown where it waits. If it had caught its cancellation before, the timeline
   * says so (once per task). Not at the run's end, where the tasks main left are cancelled and let
   * unwind once: one that keeps waiting is left waiting, as before, rather than resumed again and again.
   */
  static void waitsAgain(LoopCore loop, CoroutineTask<?> task, Object waitingFor) {
    if (task.raised != null && task.swallowed == null) {
      swallowed(loop, task, task.raised, describe(task), task.cancelledAtNanos, "waited again, for " + waitingFor);
    }
    if (!loop.unfinished.ending) {
      breakIntoWait(loop, task);
    }
  }

  /** {@code task.cancel("reason")}: the task's own cancellation, as the timeline and messages name it. */
  static String describe(CoroutineTask<?> task) {
    return task.cancelReason == null ? "task.cancel()" : "task.cancel(\"" + task.cancelReason + "\")";
  }

  /**
   * Records that {@code task} caught {@code raised} (from {@code cancellation}, asked for at {@code
   * sinceNanos}) and went on to do {@code then}; the first such mark is kept on the task for messages.
   */
  static EventSubject.CancellationSwallowed swallowed(LoopCore loop, CoroutineTask<?> task,
      TaskCancelledException raised, String cancellation, long sinceNanos, String then) {
    EventSubject.CancellationSwallowed mark = new EventSubject.CancellationSwallowed(cancellation, placeOf(raised),
        Duration.ofNanos(Math.max(0, loop.now() - sinceNanos)), then);
    loop.record(EventKind.SYNC, task, mark);
    if (task.swallowed == null) {
      task.swallowed = mark;
    }
    return mark;
  }

  /** The experiment's frame that waited when {@code raised} was raised into it. */
  static Optional<StackTraceElement> placeOf(Throwable raised) {
    return ExperimentFrames.innermost(Arrays.asList(raised.getStackTrace()));
  }

  /** Cancels {@code task} for {@code reason} (null for none), which reaches its exception. */
  static void request(LoopCore loop, CoroutineTask<?> task, String reason, ReadyQueue ready) {
    if (task.isDone() || task.cancelRequested) {
      return;
    }
    task.cancelRequested = true;
    task.cancelReason = reason;
    task.cancelledAtNanos = loop.now();
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
  static boolean breakIntoWait(LoopCore loop, CoroutineTask<?> task) {
    if (task.state != TaskState.SLEEPING && task.state != TaskState.WAITING) {
      return false;
    }
    task.sleepSequence = CoroutineTask.NO_SLEEP; // its timer, if it slept, no longer stands
    loop.ready().makeReady(task);
    return true;
  }
}
