package dev.yieldlab.loop;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.PriorityQueue;

/** The items a {@link LoopQueue} holds, in the order it gives them out: FIFO, LIFO or by priority. */
abstract class QueueItems<T> {

  abstract void add(T item);

  /** The next item out; the queue calls it only when there is one. */
  abstract T take();

  /** An item handed to a getter that did not take it after all: back where it comes out next. */
  abstract void putBack(T item);

  abstract int size();

  static <T> QueueItems<T> fifo() {
    return new Deque<>(true);
  }

  static <T> QueueItems<T> lifo() {
    return new Deque<>(false);
  }

  static <T> QueueItems<T> byPriority(Comparator<? super T> order) {
    return new Priority<>(order);
  }

  private static final class Deque<T> extends QueueItems<T> {
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private final boolean fifo;

    Deque(boolean fifo) {
      this.fifo = fifo;
    }

    @Override
    void add(T item) {
      items.addLast(item);
    }

    @Override
    T take() {
      return fifo ? items.pollFirst() : items.pollLast();
    }

    @Override
    void putBack(T item) {
      if (fifo) {
        items.addFirst(item);
      } else {
        items.addLast(item);
      }
    }

    @Override
    int size() {
      return items.size();
    }
  }

  /** Least first; equal items in the order they were put, as asyncio's (priority, count) entries do. */
  private static final class Priority<T> extends QueueItems<T> {
    private record Entry<T>(T item, long sequence) {}

    private final PriorityQueue<Entry<T>> items;
    private long nextSequence;
    /** Sequences below 0 for items put back, so that they come out before equal items put later. */
    private long putBackSequence = -1;

    Priority(Comparator<? super T> order) {
      Comparator<Entry<T>> byItem = Comparator.comparing(Entry::item, order);
      this.items = new PriorityQueue<>(byItem.thenComparingLong(Entry::sequence));
    }

    @Override
    void add(T item) {
      items.add(new Entry<>(item, nextSequence++));
    }

    @Override
    T take() {
      return items.poll().item();
    }

    @Override
    void putBack(T item) {
      items.add(new Entry<>(item, putBackSequence--));
    }

    @Override
    int size() {
      return items.size();
    }
  }
}
