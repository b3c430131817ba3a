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

  /** The awaited thing happened; called once, after the waiter has left its list. */
  abstract void wake(EventLoop loop);

  /** Whether it is still on a list: not yet woken, not removed. */
  final boolean isWaiting() {
    return list != null;
  }

  /** A coroutine suspended until woken: waking it makes it ready, unless it already is (cancelled). */
  static final class OfTask extends Waiter {

    final CoroutineTask<?> task;
    /** Whether the awaited thing woke it (as opposed to a cancellation or the run ending). */
    boolean woken;

    OfTask(CoroutineTask<?> task) {
      this.task = task;
    }

    @Override
    void wake(EventLoop loop) {
      woken = true;
      loop.wakeWaiting(task);
    }
  }
}
