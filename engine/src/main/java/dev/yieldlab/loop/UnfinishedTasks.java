package dev.yieldlab.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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

  /** One line per unfinished task and what it waits for, for deadlock, timeout and stop messages. */
  String describe() {
    return toList().stream()
        .map(t -> "  task '" + t.name() + "' waits for " + t.waitingFor)
        .collect(Collectors.joining(System.lineSeparator()));
  }
}
