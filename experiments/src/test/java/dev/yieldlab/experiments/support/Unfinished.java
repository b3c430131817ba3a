package dev.yieldlab.experiments.support;

import dev.yieldlab.api.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The tasks of an explored run that have not ended when it settles: the explored experiments' runs
 * end by sleeping long enough for every task to end or to wait for good, so what is unfinished then is
 * parked, which their invariants read.
 */
public final class Unfinished {

  private Unfinished() {}

  /** The names of those of {@code tasks} that have not ended, in the order given. */
  public static List<String> of(Task<?>... tasks) {
    List<String> names = new ArrayList<>();
    for (Task<?> task : tasks) {
      if (!task.isDone()) {
        names.add(task.name());
      }
    }
    return names;
  }
}
