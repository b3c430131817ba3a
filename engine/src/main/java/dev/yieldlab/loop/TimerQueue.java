package dev.yieldlab.loop;

/**
 * Sleeping tasks by deadline. Equal deadlines keep their submission order through a sequence
 * number, so two coroutines that sleep the same time wake in the order they went to sleep, as in
 * asyncio and kotlinx-coroutines-test. The heap itself is a {@link TimerHeap}: its keys in
 * arrays of their own, so that ordering 100,000 timers does not chase 100,000 objects.
 */
final class TimerQueue {

  /** What a timer that is not a sleep does when it is due: a timeout, a select's timeout clause. */
  @FunctionalInterface
  interface Action {
    void fire(long now);
  }

  /**
   * One pending wake-up: a sleeping task's, or an {@link Action}'s. {@code cancelled} lets a
   * cancelled one be dropped lazily, in O(1).
   */
  static final class Timer {
    final long deadline;
    final long sequence;
    final CoroutineTask<?> task;
    /** Null for a sleep. */
    final Action action;
    boolean cancelled;

    Timer(long deadline, long sequence, CoroutineTask<?> task, Action action) {
      this.deadline = deadline;
      this.sequence = sequence;
      this.task = task;
      this.action = action;
    }
  }

  /** Cancelled timers still in the heap past which it is rebuilt without them. */
  static final int COMPACT_AT_LEAST = 256;

  private final TimerHeap heap = new TimerHeap();
  private long nextSequence;
  /** Timers cancelled through {@link #cancel} and not yet dropped: a bound on the heap's dead weight. */
  private int cancelledInHeap;

  Timer schedule(long deadline, CoroutineTask<?> task) {
    Timer timer = new Timer(deadline, nextSequence++, task, null);
    heap.add(timer);
    return timer;
  }

  /** A timer that runs {@code action} at {@code deadline}, unless it is {@linkplain #cancel cancelled} first. */
  Timer schedule(long deadline, Action action) {
    Timer timer = new Timer(deadline, nextSequence++, null, action);
    heap.add(timer);
    return timer;
  }

  /**
   * Cancels a timer that has not fired. Timeouts that do not fire are the common case and their
   * deadlines lie far ahead, so lazily dropped timers could pile up: once more than half the heap
   * (and at least {@value #COMPACT_AT_LEAST}) is cancelled, it is rebuilt without them, as asyncio does.
   */
  void cancel(Timer timer) {
    if (timer.cancelled) {
      return;
    }
    timer.cancelled = true;
    if (++cancelledInHeap >= COMPACT_AT_LEAST && cancelledInHeap > heap.size() / 2) {
      heap.removeIf(t -> t.cancelled);
      cancelledInHeap = 0;
    }
  }

  int size() {
    return heap.size();
  }

  /** The earliest live timer, or null; cancelled timers at the head are discarded on the way. */
  Timer peek() {
    Timer head = heap.peek();
    while (head != null && head.cancelled) {
      heap.poll();
      if (head.action != null && cancelledInHeap > 0) {
        cancelledInHeap--;
      }
      head = heap.peek();
    }
    return head;
  }

  /** Removes and returns the earliest live timer if its deadline is at or before {@code now}. */
  Timer pollDue(long now) {
    Timer head = peek();
    if (head == null || head.deadline > now) {
      return null;
    }
    return heap.poll();
  }

  /**
   * Fires the timers due at or before {@code now}, earliest first: an {@link Action} (a timeout, a
   * select's timeout clause) runs at once; for a sleep, returns its task (its {@code timer} cleared)
   * for the loop to wake, or null when none is left. Timers of sleeps that ended otherwise are dropped.
   */
  CoroutineTask<?> fireDue(long now) {
    for (Timer due = pollDue(now); due != null; due = pollDue(now)) {
      if (due.action != null) {
        due.action.fire(now);
      } else if (due.task.timer == due) {
        due.task.timer = null;
        return due.task;
      }
    }
    return null;
  }

  boolean isEmpty() {
    return peek() == null;
  }
}
