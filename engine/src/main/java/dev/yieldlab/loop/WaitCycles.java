package dev.yieldlab.loop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cycles among waiting tasks for a deadlock report: each task's wait ({@link Blocking})
 * points at the tasks it waits for, and a cycle is the reason none of them can go on, named as
 * {@code 'a' waits for lock 'L2' held by 'b'; 'b' waits for lock 'L1' held by 'a'}.
 */
final class WaitCycles {

  private WaitCycles() {}

  /** One line per cycle among {@code tasks} ({@code "  cycle: ..."}), or nothing when there is none. */
  static String describe(List<CoroutineTask<?>> tasks) {
    StringBuilder lines = new StringBuilder();
    for (List<CoroutineTask<?>> cycle : cycles(tasks)) {
      lines.append("  cycle: ");
      for (int i = 0; i < cycle.size(); i++) {
        CoroutineTask<?> waiter = cycle.get(i);
        CoroutineTask<?> blocker = cycle.get((i + 1) % cycle.size());
        lines.append(i == 0 ? "" : "; ").append('\'').append(waiter.name()).append("' waits for ")
            .append(((Blocking) waiter.waitingFor).edgeTo(blocker));
      }
      lines.append(System.lineSeparator());
    }
    return lines.toString();
  }

  /** Each cycle once, starting at its task spawned first, found by depth-first search over the wait edges. */
  static List<List<CoroutineTask<?>>> cycles(List<CoroutineTask<?>> tasks) {
    Map<CoroutineTask<?>, Integer> state = new HashMap<>(); // absent: unseen; 1: on the path; 2: done
    List<List<CoroutineTask<?>>> found = new ArrayList<>();
    for (CoroutineTask<?> start : tasks) {
      if (!state.containsKey(start)) {
        search(start, new ArrayList<>(), state, found);
      }
    }
    return found;
  }

  private static void search(CoroutineTask<?> task, List<CoroutineTask<?>> path, Map<CoroutineTask<?>, Integer> state,
      List<List<CoroutineTask<?>>> found) {
    state.put(task, 1);
    path.add(task);
    if (task.waitingFor instanceof Blocking blocking && !task.isDone()) {
      for (CoroutineTask<?> blocker : blocking.blockers()) {
        Integer seen = state.get(blocker);
        if (seen == null) {
          search(blocker, path, state, found);
        } else if (seen == 1) {
          found.add(List.copyOf(path.subList(path.indexOf(blocker), path.size())));
        }
      }
    }
    path.removeLast();
    state.put(task, 2);
  }
}
