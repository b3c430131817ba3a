package dev.yieldlab.loop;

import java.util.ArrayDeque;

/**
 * The tasks that can run, in FIFO order, and the state changes into and out of the queue: a task
 * made ready (spawned, woken, yielded, cancelled) joins its end; a suspension that does not happen
 * after all leaves it again. Only the loop's thread touches it.
 */
final class ReadyQueue {

  private final ArrayDeque<CoroutineTask<?>> tasks = new ArrayDeque<>();

  /** Queues a task that asked for its next turn (a yield) or has not run yet (a spawn); its state is set by the caller. */
  void add(CoroutineTask<?> task) {
    tasks.addLast(task);
  }

  /** Queues a suspended task, now READY. */
  void makeReady(CoroutineTask<?> task) {
    task.state = TaskState.READY;
    tasks.addLast(task);
  }

  /** Makes a waiting task ready; one already ready (cancelled meanwhile) or done is left alone. */
  void wakeWaiting(CoroutineTask<?> task) {
    if (task.state == TaskState.WAITING) {
      makeReady(task);
    }
  }

  /** The next task to run, or null. */
  CoroutineTask<?> poll() {
    return tasks.pollFirst();
  }

  int size() {
    return tasks.size();
  }

  void remove(CoroutineTask<?> task) {
    tasks.remove(task);
  }

  /**
   * A suspension that does not happen after all (the JVM refused it, or an interruption is thrown
   * instead): undo what it registered (its place here, its timer), or a task that catches the
   * exception would later be resumed before its time by a yield or sleep that never happened.
   */
  void undoSuspension(CoroutineTask<?> task) {
    tasks.remove(task);
    task.sleepSequence = CoroutineTask.NO_SLEEP;
    task.state = TaskState.RUNNING;
  }
}
