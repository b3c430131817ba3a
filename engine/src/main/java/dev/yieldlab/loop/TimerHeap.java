package dev.yieldlab.loop;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The timers of a {@link TimerQueue} as a 4-ary min-heap ordered by (deadline, sequence), with the
 * keys in primitive arrays beside the timers. A {@code PriorityQueue<Timer>} compares by reading
 * both timers' fields: with 100,000 sleepers each comparison of a sift is a cache miss on an object
 * somewhere in the heap, and a sift of a binary heap makes about 17 of them. Here a sift reads
 * {@code deadlines}, contiguous (four children share one or two cache lines), and its depth is
 * about half (log4 rather than log2); the timers move along but are never read while ordering.
 */
final class TimerHeap {

  private static final int ARITY = 4;

  private long[] deadlines = new long[64];
  private long[] sequences = new long[64];
  private TimerQueue.Timer[] timers = new TimerQueue.Timer[64];
  private int size;

  int size() {
    return size;
  }

  TimerQueue.Timer peek() {
    return size == 0 ? null : timers[0];
  }

  void add(TimerQueue.Timer timer) {
    if (size == timers.length) {
      int grown = size * 2;
      deadlines = Arrays.copyOf(deadlines, grown);
      sequences = Arrays.copyOf(sequences, grown);
      timers = Arrays.copyOf(timers, grown);
    }
    siftUp(size++, timer.deadline, timer.sequence, timer);
  }

  /** Removes and returns the earliest timer, or null. */
  TimerQueue.Timer poll() {
    if (size == 0) {
      return null;
    }
    TimerQueue.Timer first = timers[0];
    int last = --size;
    TimerQueue.Timer moved = timers[last];
    timers[last] = null;
    if (last > 0) {
      siftDown(0, deadlines[last], sequences[last], moved);
    }
    return first;
  }

  /** Drops every timer {@code dead} accepts and restores the heap order in O(n). */
  void removeIf(Predicate<TimerQueue.Timer> dead) {
    int kept = 0;
    for (int i = 0; i < size; i++) {
      if (!dead.test(timers[i])) {
        deadlines[kept] = deadlines[i];
        sequences[kept] = sequences[i];
        timers[kept++] = timers[i];
      }
    }
    Arrays.fill(timers, kept, size, null);
    size = kept;
    for (int i = (size - 2) / ARITY; i >= 0; i--) {
      siftDown(i, deadlines[i], sequences[i], timers[i]);
    }
  }

  private static boolean before(long deadline, long sequence, long otherDeadline, long otherSequence) {
    return deadline < otherDeadline || (deadline == otherDeadline && sequence < otherSequence);
  }

  private void siftUp(int index, long deadline, long sequence, TimerQueue.Timer timer) {
    while (index > 0) {
      int parent = (index - 1) / ARITY;
      if (!before(deadline, sequence, deadlines[parent], sequences[parent])) {
        break;
      }
      place(index, deadlines[parent], sequences[parent], timers[parent]);
      index = parent;
    }
    place(index, deadline, sequence, timer);
  }

  private void siftDown(int index, long deadline, long sequence, TimerQueue.Timer timer) {
    while (true) {
      int first = index * ARITY + 1;
      if (first >= size) {
        break;
      }
      int least = first;
      int end = Math.min(first + ARITY, size);
      for (int child = first + 1; child < end; child++) {
        if (before(deadlines[child], sequences[child], deadlines[least], sequences[least])) {
          least = child;
        }
      }
      if (!before(deadlines[least], sequences[least], deadline, sequence)) {
        break;
      }
      place(index, deadlines[least], sequences[least], timers[least]);
      index = least;
    }
    place(index, deadline, sequence, timer);
  }

  private void place(int index, long deadline, long sequence, TimerQueue.Timer timer) {
    deadlines[index] = deadline;
    sequences[index] = sequence;
    timers[index] = timer;
  }
}
