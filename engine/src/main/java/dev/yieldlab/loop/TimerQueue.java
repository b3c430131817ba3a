package dev.yieldlab.loop;

/**
 * Sleeping tasks by deadline. Equal deadlines keep their submission order through a sequence
 * number, so two coroutines that sleep the same time wake in the order they went to sleep, as in
 * asyncio and kotlinx-coroutines-test. The heap itself is a {@link TimerHeap}: its keys in one
 * array of their own, so that ordering 100,000 timers does not chase 100,000 objects.
 */
final class TimerQueue {

  /** What a timer that is not a sleep does when it is due: a timeout, a select's timeout clause. */
  @FunctionalInterface
  interface Action {
    void fire(long now);
  }

  /**
   * A pending {@link Action}. {@code cancelled} lets a cancelled one be dropped lazily, in O(1). A
   * sleep has no object of its own: the heap holds the sleeping task, whose {@link
   * CoroutineTask#sleepSequence} says which of its entries still stands (see {@link #scheduleSleep}).
   */
  static final class Timer {
    final Action action;
    /** The task the action concerns (a timeout's block runs in it), for an explored run's messages. */
    final CoroutineTask<?> owner;
    /** What the action is the timeout of, put into words only for a message: {@code block 'get'}. */
    final Object what;
    boolean cancelled;

    Timer(Action action, CoroutineTask<?> owner, Object what) {
      this.action = action;
      this.owner = owner;
      this.what = what;
    }
  }

  /**
   * A timer that is due but has not fired, held aside by an explored run's {@link ChoiceStep} while
   * a strategy decides when it fires: the heap's payload (a sleeping task or a {@link Timer}) and the
   * sequence it was set with.
   */
  record DueTimer(Object payload, long sequence) {
    boolean isSleep() {
      return payload instanceof CoroutineTask<?>;
    }

    boolean stands() {
      return !isDead(payload, sequence);
    }

    String taskName() {
      return payload instanceof CoroutineTask<?> task ? task.name() : ((Timer) payload).owner.name();
    }

    @Override
    public String toString() {
      return payload instanceof CoroutineTask<?> task ? "wake-up of '" + task.name() + "'"
          : "timeout of " + ((Timer) payload).what + " (task '" + taskName() + "')";
    }
  }

  /** Cancelled timers still in the heap past which it is rebuilt without them. */
  static final int COMPACT_AT_LEAST = 256;

  private final TimerHeap heap = new TimerHeap();
  /** An explored run's chooser, asked for each timer's jitter; null for a run that is not explored. */
  private ScheduleChooser jitter;
  private long nextSequence;
  /** Timers cancelled through {@link #cancel} and not yet dropped: a bound on the heap's dead weight. */
  private int cancelledInHeap;

  /**
   * Wakes {@code task} at {@code deadline}: returns the entry's sequence, which the task keeps in
   * {@link CoroutineTask#sleepSequence} while the sleep stands. A sleep cut short (a cancellation, a
   * suspension undone) sets that field to {@link CoroutineTask#NO_SLEEP}; its entry, no longer
   * matching, is then dropped when it reaches the head. No object per sleep: at 100,000 sleepers,
   * reading one at every wake-up was a cache miss of its own.
   */
  long scheduleSleep(long deadline, CoroutineTask<?> task) {
    long sequence = nextSequence++;
    heap.add(jittered(deadline), sequence, task);
    return sequence;
  }

  /**
   * A timer that runs {@code action} at {@code deadline}, unless it is {@linkplain #cancel cancelled}
   * first; {@code owner} and {@code what} (what it is the timeout of) name it in an explored run's messages.
   */
  Timer schedule(long deadline, CoroutineTask<?> owner, Object what, Action action) {
    Timer timer = new Timer(action, owner, what);
    heap.add(jittered(deadline), nextSequence++, timer);
    return timer;
  }

  /** Every timer set from now on is delayed by what {@code chooser} says (an explored run's jitter). */
  void jitterBy(ScheduleChooser chooser) {
    this.jitter = chooser;
  }

  private long jittered(long deadline) {
    return jitter == null ? deadline : Saturating.add(deadline, jitter.jitterNanos());
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
      heap.removeIf(TimerQueue::isDead);
      cancelledInHeap = 0;
    }
  }

  /** Entries in the heap, dead ones that have not reached the head included. */
  int size() {
    return heap.size();
  }

  /** Whether an entry no longer stands: a cancelled action, or a sleep that ended otherwise. */
  static boolean isDead(Object payload, long sequence) {
    return payload instanceof Timer timer ? timer.cancelled : ((CoroutineTask<?>) payload).sleepSequence != sequence;
  }

  /** Discards dead entries at the head, so that the head, if any, stands. */
  private void dropDeadHead() {
    while (heap.size() > 0) {
      Object head = heap.peekPayload();
      if (!isDead(head, heap.peekSequence())) {
        return;
      }
      heap.poll();
      if (head instanceof Timer && cancelledInHeap > 0) {
        cancelledInHeap--;
      }
    }
  }

  /** Whether a timer that still stands is pending (dead entries at the head are dropped on the way). */
  boolean hasStanding() {
    dropDeadHead();
    return heap.size() > 0;
  }

  /**
   * The earliest standing timer's deadline; only after {@link #hasStanding()} said true (a deadline
   * may itself be {@link Long#MAX_VALUE}: a saturated sleep of a million days).
   */
  long nextDeadline() {
    return heap.peekDeadline();
  }

  /** The task the earliest standing timer wakes, or null when that timer is an action's (or none is pending). */
  CoroutineTask<?> nextSleeper() {
    dropDeadHead();
    return heap.peekPayload() instanceof CoroutineTask<?> task ? task : null;
  }

  /**
   * Fires the timers due at or before {@code now}, earliest first: an {@link Action} (a timeout, a
   * select's timeout clause) runs at once; for a sleep, returns its task (its {@code sleepSequence}
   * cleared) for the loop to wake, or null when none is left. Entries that no longer stand are dropped.
   */
  CoroutineTask<?> fireDue(long now) {
    while (hasStanding() && heap.peekDeadline() <= now) {
      Object due = heap.poll();
      if (due instanceof Timer timer) {
        timer.action.fire(now);
      } else {
        CoroutineTask<?> task = (CoroutineTask<?>) due;
        task.sleepSequence = CoroutineTask.NO_SLEEP;
        return task;
      }
    }
    return null;
  }

  /**
   * Moves every standing timer due at or before {@code now} out of the heap onto the end of {@code
   * into}, earliest first, for an explored run to fire one at a time ({@link #fire}); dead entries are
   * dropped on the way.
   */
  void moveDue(long now, java.util.List<DueTimer> into) {
    while (hasStanding() && heap.peekDeadline() <= now) {
      long sequence = heap.peekSequence();
      into.add(new DueTimer(heap.poll(), sequence));
    }
  }

  /**
   * Fires one timer {@link #moveDue} held aside: runs a timer's action, or returns a sleep's task (its
   * {@code sleepSequence} cleared) for the loop to wake; null when nothing is left to wake.
   */
  CoroutineTask<?> fire(DueTimer due, long now) {
    if (!due.stands()) {
      return null;
    }
    if (due.payload() instanceof Timer timer) {
      timer.action.fire(now);
      return null;
    }
    CoroutineTask<?> task = (CoroutineTask<?>) due.payload();
    task.sleepSequence = CoroutineTask.NO_SLEEP;
    return task;
  }

  /** Whether no timer is pending; dead entries may remain until they reach the head. */
  boolean isEmpty() {
    return heap.size() == 0;
  }
}
