package dev.yieldlab.loop;

import java.util.Arrays;

/**
 * The tasks that can run, in FIFO order, and the state changes into and out of the queue: a task
 * made ready (spawned, woken, yielded, cancelled) joins its end; a suspension that does not happen
 * after all leaves it again. Only the loop's thread touches it.
 *
 * <p>A ring of its own rather than an {@code ArrayDeque}: an explored run ({@link ChoiceStep}) takes
 * the task a strategy chose from anywhere in the queue, which a deque cannot do by position; taking
 * the head, as every run that is not explored does, costs what the deque's {@code pollFirst} cost.
 */
final class ReadyQueue {

  private CoroutineTask<?>[] tasks = new CoroutineTask<?>[16];
  /** Where the head sits; the ring's length is a power of two, so positions wrap with a mask. */
  private int head;
  private int size;

  /** Queues a task that asked for its next turn (a yield) or has not run yet (a spawn); its state is set by the caller. */
  void add(CoroutineTask<?> task) {
    if (size == tasks.length) {
      grow();
    }
    tasks[(head + size) & (tasks.length - 1)] = task;
    size++;
  }

  /** Queues a suspended task, now READY. */
  void makeReady(CoroutineTask<?> task) {
    task.state = TaskState.READY;
    add(task);
  }

  /** Makes a waiting task ready; one already ready (cancelled meanwhile) or done is left alone. */
  void wakeWaiting(CoroutineTask<?> task) {
    if (task.state == TaskState.WAITING) {
      makeReady(task);
    }
  }

  /** The next task to run, or null. */
  CoroutineTask<?> poll() {
    if (size == 0) {
      return null;
    }
    CoroutineTask<?> task = tasks[head];
    tasks[head] = null;
    head = (head + 1) & (tasks.length - 1);
    size--;
    return task;
  }

  int size() {
    return size;
  }

  /** The task at {@code position} from the head (0 is the next FIFO would run), for a strategy to weigh. */
  CoroutineTask<?> get(int position) {
    return tasks[(head + position) & (tasks.length - 1)];
  }

  /** Takes the task at {@code position} from the head out of the queue, keeping the others' order. */
  CoroutineTask<?> removeAt(int position) {
    if (position == 0) {
      return poll();
    }
    int mask = tasks.length - 1;
    CoroutineTask<?> task = tasks[(head + position) & mask];
    for (int i = position; i < size - 1; i++) {
      tasks[(head + i) & mask] = tasks[(head + i + 1) & mask];
    }
    tasks[(head + size - 1) & mask] = null;
    size--;
    return task;
  }

  void remove(CoroutineTask<?> task) {
    for (int i = 0; i < size; i++) {
      if (get(i) == task) {
        removeAt(i);
        return;
      }
    }
  }

  /**
   * A suspension that does not happen after all (the JVM refused it, or an interruption is thrown
   * instead): undo what it registered (its place here, its timer), or a task that catches the
   * exception would later be resumed before its time by a yield or sleep that never happened.
   */
  void undoSuspension(CoroutineTask<?> task) {
    remove(task);
    task.sleepSequence = CoroutineTask.NO_SLEEP;
    task.state = TaskState.RUNNING;
  }

  private void grow() {
    CoroutineTask<?>[] larger = Arrays.copyOf(tasks, tasks.length * 2);
    // The wrapped part moves to just after the rest, so that the ring reads in order from head.
    System.arraycopy(tasks, 0, larger, tasks.length, head);
    Arrays.fill(larger, 0, head, null);
    tasks = larger;
  }
}
