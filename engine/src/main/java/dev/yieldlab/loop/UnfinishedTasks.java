package dev.yieldlab.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * The tasks of a loop that have not ended, in spawn order, for deadlock and timeout messages and for
 * cancelling what main left running. The links live in the tasks themselves, so adding and removing
 * costs neither a hash nor an allocation: every spawn and every end passes through here.
 */
final class UnfinishedTasks {

  private CoroutineTask<?> first;
  private CoroutineTask<?> last;

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
      }
    }
    if (count > LISTED) {
      text.append(System.lineSeparator()).append("  ... and ").append(count - LISTED)
          .append(" more unfinished tasks (").append(count).append(" in all)");
    }
    return text.toString();
  }
}
