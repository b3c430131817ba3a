package dev.yieldlab.loop;

/**
 * One entry of a {@link WaitList}: what to do when the awaited thing happens. The links live in the
 * entry, so joining and leaving a list allocate nothing beyond the entry itself.
 */
abstract class Waiter {

  Waiter previous;
  Waiter next;
  /** The list this waiter is on, or null once it has left it (woken or removed). */
  WaitList list;
  /**
   * Whether the waker handed it something (an item, a slot, the lock, a permit) with the wake-up: a
   * waiter that does not take it (it was cancelled before it ran) must pass it on, so that nothing
   * is lost and the next waiter is not left waiting. A waiter woken with nothing (a queue closing)
   * is woken, not granted.
   */
  boolean granted;
  /** What the waker handed it, where that is a thing (a queue's item); null otherwise. */
  Object handed;

  /**
   * The awaited thing happened; called once, after the waiter has left its list. Returns whether it
   * took the wake-up: a waiter that will not go on with it (its task is about to be cancelled, or a
   * select already chose another clause) declines, and the waker wakes the next one instead.
   */
  abstract boolean wake(LoopCore loop);

  /** Whether it is still on a list: not yet woken, not removed. */
  final boolean isWaiting() {
    return list != null;
  }

  /** A coroutine suspended until woken: waking it makes it ready, unless it already is (cancelled). */
  static class OfTask extends Waiter {

    final CoroutineTask<?> task;
    /** Whether the awaited thing woke it (as opposed to a cancellation or the run ending). */
    boolean woken;

    OfTask(CoroutineTask<?> task) {
      this.task = task;
    }

    @Override
    boolean wake(LoopCore loop) {
      if (task.state != TaskState.WAITING) {
        return false; // a cancellation or timeout made it ready already: it would only pass the wake-up on
      }
      woken = true;
      loop.ready().wakeWaiting(task);
      return true;
    }
  }
}
