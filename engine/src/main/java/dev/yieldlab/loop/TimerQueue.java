package dev.yieldlab.loop;

import java.util.PriorityQueue;

/**
 * Sleeping tasks by deadline. Equal deadlines keep their submission order through a sequence
 * number, so two coroutines that sleep the same time wake in the order they went to sleep, as in
 * asyncio and kotlinx-coroutines-test.
 */
final class TimerQueue {

  /** One pending wake-up; {@code cancelled} lets a cancelled sleep be dropped lazily, in O(1). */
  static final class Timer implements Comparable<Timer> {
    final long deadline;
    final long sequence;
    final CoroutineTask<?> task;
    boolean cancelled;

    Timer(long deadline, long sequence, CoroutineTask<?> task) {
      this.deadline = deadline;
      this.sequence = sequence;
      this.task = task;
    }

    @Override
    public int compareTo(Timer other) {
      int byDeadline = Long.compare(deadline, other.deadline);
      return byDeadline != 0 ? byDeadline : Long.compare(sequence, other.sequence);
    }
  }

  private final PriorityQueue<Timer> heap = new PriorityQueue<>();
  private long nextSequence;

  Timer schedule(long deadline, CoroutineTask<?> task) {
    Timer timer = new Timer(deadline, nextSequence++, task);
    heap.add(timer);
    return timer;
  }

  /** The earliest live timer, or null; cancelled timers at the head are discarded on the way. */
  Timer peek() {
    Timer head = heap.peek();
    while (head != null && head.cancelled) {
      heap.poll();
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
   * The task of the earliest timer due at or before {@code now} that is still its task's current
   * sleep (its {@code timer} is cleared), or null; timers of sleeps that ended otherwise are dropped.
   */
  CoroutineTask<?> pollDueSleeper(long now) {
    for (Timer due = pollDue(now); due != null; due = pollDue(now)) {
      if (due.task.timer == due) {
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
