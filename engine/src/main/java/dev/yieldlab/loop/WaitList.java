package dev.yieldlab.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * Who waits for one thing to happen (a task to end, and, with the waiting primitives, an item, a
 * permit, a signal), in FIFO order: the one waiting mechanism of the loop, under {@code join}, {@code
 * gather} and every primitive. A waiter leaves the list when it is woken, or, when the coroutine
 * waiting is cancelled, from the {@code finally} of the code that waits, in O(1): a cancelled waiter
 * is never woken later, and never takes what the next waiter should get.
 *
 * <p>Like everything in the loop, a list belongs to one loop and is used from its thread only.
 */
final class WaitList {

  private Waiter first;
  private Waiter last;
  private int size;

  /**
   * Suspends {@code me} on this list until a waker takes it off and wakes it, or it is cancelled
   * (then {@link dev.yieldlab.api.TaskCancelledException} is thrown here, and it has left the list).
   * Records a WAIT event about {@code what}. Returns the waiter, which says whether it was woken.
   */
  Waiter.OfTask await(LoopCore loop, CoroutineTask<?> me, Object what) {
    return await(loop, new Waiter.OfTask(me), what);
  }

  /** As {@link #await(LoopCore, CoroutineTask, Object)}, with a waiter of the primitive's own (one that carries what it is handed). */
  <W extends Waiter.OfTask> W await(LoopCore loop, W waiter, Object what) {
    add(waiter);
    try {
      loop.suspendWaiting(waiter.task, dev.yieldlab.api.timeline.EventKind.WAIT, what);
    } finally {
      remove(waiter); // no stale registration may wake it later
    }
    return waiter;
  }

  void add(Waiter waiter) {
    if (waiter.list != null) {
      throw new IllegalStateException("a waiter waits on one list at a time");
    }
    waiter.list = this;
    waiter.previous = last;
    waiter.next = null;
    if (last == null) {
      first = waiter;
    } else {
      last.next = waiter;
    }
    last = waiter;
    size++;
  }

  /** Takes {@code waiter} off this list; returns false if it was not on it (woken already, or never added). */
  boolean remove(Waiter waiter) {
    if (waiter.list != this) {
      return false;
    }
    Waiter previous = waiter.previous;
    Waiter next = waiter.next;
    if (previous == null) {
      first = next;
    } else {
      previous.next = next;
    }
    if (next == null) {
      last = previous;
    } else {
      next.previous = previous;
    }
    waiter.previous = null;
    waiter.next = null;
    waiter.list = null;
    size--;
    return true;
  }

  boolean isEmpty() {
    return first == null;
  }

  int size() {
    return size;
  }

  /** The waiter that has waited longest, or null. */
  Waiter first() {
    return first;
  }

  /**
   * Takes the longest waiter off the list and wakes it; one that declines ({@link Waiter#wake}) is
   * dropped and the next one woken. Returns the waiter that took the wake-up, or null when none did.
   */
  Waiter wakeFirst(LoopCore loop) {
    for (Waiter waiter = first; waiter != null; waiter = first) {
      remove(waiter);
      if (waiter.wake(loop)) {
        return waiter;
      }
    }
    return null;
  }

  /** As {@link #wakeFirst}, marking the waiter {@linkplain Waiter#granted granted}: it was handed something. */
  Waiter grantFirst(LoopCore loop) {
    Waiter waiter = wakeFirst(loop);
    if (waiter != null) {
      waiter.granted = true;
    }
    return waiter;
  }

  /** Takes every waiter off the list and wakes each, longest waiting first; returns how many took it. */
  int wakeAll(LoopCore loop) {
    int woken = 0;
    for (Waiter waiter = first; waiter != null; waiter = first) {
      remove(waiter);
      if (waiter.wake(loop)) {
        woken++;
      }
    }
    return woken;
  }

  /** The waiters in order, for messages. */
  List<Waiter> toList() {
    List<Waiter> waiters = new ArrayList<>(size);
    for (Waiter waiter = first; waiter != null; waiter = waiter.next) {
      waiters.add(waiter);
    }
    return waiters;
  }
}
