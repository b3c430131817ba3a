package dev.yieldlab.loop;

import dev.yieldlab.api.TaskCancelledException;
import dev.yieldlab.api.UnobservedFailures;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks of a loop that have not ended, in spawn order, for deadlock and timeout messages and for
 * cancelling what main left running. The links live in the tasks themselves, so adding and removing
 * costs neither a hash nor an allocation: every spawn and every end passes through here.
 *
 * <p>It also keeps the tasks that ended in a failure (not a cancellation) until the run's end, when
 * those whose failure nothing observed fail the run ({@link #outcomeAtTheEnd}).
 */
final class UnfinishedTasks {

  private CoroutineTask<?> first;
  private CoroutineTask<?> last;
  /** Set when main has ended and the tasks it left are cancelled: see {@link Cancellation#waitsAgain}. */
  boolean ending;
  /** Tasks that ended failing, in the order they ended; their failure may still be observed (a later join). */
  private final List<CoroutineTask<?>> failed = new ArrayList<>();

  void add(CoroutineTask<?> task) {
    task.previousUnfinished = last;
    task.nextUnfinished = null;
    if (last == null) {
      first = task;
    } else {
      last.nextUnfinished = task;
    }
    last = task;
  }

  /** {@code task} has ended: it leaves the list, and is kept if it failed. */
  void ended(CoroutineTask<?> task) {
    remove(task);
    // Any cancellation, its own or one it passed on (a join of a cancelled task), is not an error, as
    // in asyncio (the task ends cancelled) and kotlinx (handlers ignore CancellationException).
    if (task.failure() != null && !(task.failure() instanceof TaskCancelledException)) {
      failed.add(task);
    }
  }

  /** The tasks that ended failing and whose failure nothing has observed (so far). */
  UnobservedFailures unobserved() {
    long count = 0;
    List<UnobservedFailures.Failed> listed = new ArrayList<>();
    for (CoroutineTask<?> task : failed) {
      if (!task.failureObserved) {
        if (count++ < UnobservedFailures.LISTED) {
          listed.add(new UnobservedFailures.Failed(task.name(), task.failure()));
        }
      }
    }
    return count == 0 ? UnobservedFailures.NONE : new UnobservedFailures(count, listed);
  }

  /**
   * {@code main}'s value at the run's end, or its failure; failures of other tasks that nothing
   * observed fail the run ({@link UnobservedFailureException}), or, when main failed too, are
   * suppressed in its failure as {@code gather} does.
   */
  <T> T outcomeAtTheEnd(CoroutineTask<T> main) {
    main.failureObserved = true;
    UnobservedFailures lost = unobserved();
    if (!lost.isEmpty() && main.failure() == null) {
      throw new UnobservedFailureException(lost);
    }
    if (!lost.isEmpty()) {
      lost.listed().stream().limit(UnobservedFailureException.ATTACHED).map(UnobservedFailures.Failed::failure)
          .filter(failure -> failure != main.failure()).forEach(main.failure()::addSuppressed);
    }
    return main.outcome();
  }

  /** Removes {@code task}; does nothing if it is not in the list. */
  void remove(CoroutineTask<?> task) {
    if (task.previousUnfinished == null && first != task) {
      return;
    }
    CoroutineTask<?> previous = task.previousUnfinished;
    CoroutineTask<?> next = task.nextUnfinished;
    if (previous == null) {
      first = next;
    } else {
      previous.nextUnfinished = next;
    }
    if (next == null) {
      last = previous;
    } else {
      next.previousUnfinished = previous;
    }
    task.previousUnfinished = null;
    task.nextUnfinished = null;
  }

  /** Main has ended: the tasks it left, in spawn order, about to be cancelled (see {@link Cancellation#waitsAgain}). */
  List<CoroutineTask<?>> runEnds() {
    ending = true;
    return toList();
  }

  /** A copy, in spawn order. */
  List<CoroutineTask<?>> toList() {
    List<CoroutineTask<?>> tasks = new ArrayList<>();
    for (CoroutineTask<?> task = first; task != null; task = task.nextUnfinished) {
      tasks.add(task);
    }
    return tasks;
  }

  /** Tasks listed by name in a message; a run of a million would make a message of 50 MB. */
  static final int LISTED = 50;

  /**
   * One line per unfinished task and what it waits for, for deadlock, timeout and stop messages: the
   * first {@value #LISTED}, then a line saying how many more.
   */
  String describe() {
    StringBuilder text = new StringBuilder();
    int count = 0;
    for (CoroutineTask<?> t = first; t != null; t = t.nextUnfinished, count++) {
      if (count < LISTED) {
        text.append(count == 0 ? "" : System.lineSeparator()).append("  task '").append(t.name()).append("' waits for ")
            .append(t.waitingFor);
        if (t.swallowed != null) {
          text.append(" (it swallowed a cancellation: ").append(t.swallowed.cancellation()).append(", raised at ")
              .append(t.swallowed.raisedAtText()).append(")");
        }
      }
    }
    if (count > LISTED) {
      text.append(System.lineSeparator()).append("  ... and ").append(count - LISTED)
          .append(" more unfinished tasks (").append(count).append(" in all)");
    }
    return text.toString();
  }
}
