package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Runs;
import java.util.List;

/**
 * The runs a check reads while it is judged on one schedule of an explored run: the store's results,
 * with the explored variant's result replaced by that schedule's. It notes whether the check read the
 * explored run at all; one that did not is not judged on its schedules. When the run itself failed on
 * the schedule, reading it is the refutation ({@link ScheduleRunFailure}), not an abort: the claim
 * that the check holds in every schedule fails where the run cannot even end.
 */
final class ScheduleRuns implements Runs {

  private final RunStore store;
  private final RunResult explored;
  private boolean read;

  ScheduleRuns(RunStore store, RunResult explored) {
    this.store = store;
    this.explored = explored;
  }

  @Override
  public RunResult get(String name) {
    if (name.equals(explored.name()) && store.variantsOf(name).size() == 1) {
      return explored();
    }
    return store.get(name);
  }

  @Override
  public RunResult get(String name, String variant) {
    if (name.equals(explored.name()) && variant.equals(explored.variant().name())) {
      return explored();
    }
    return store.get(name, variant);
  }

  @Override
  public List<RunResult> variants(String name) {
    if (!name.equals(explored.name())) {
      return store.variants(name);
    }
    return store.variantsOf(name).stream().map(variant -> get(name, variant)).toList();
  }

  private RunResult explored() {
    read = true;
    explored.failure().ifPresent(failure -> {
      throw new ScheduleRunFailure(explored.label(), failure);
    });
    return explored;
  }

  /** Whether the check read the explored run. */
  boolean read() {
    return read;
  }

  /** The explored run failed on this schedule: what a check that reads it there is refuted by. */
  static final class ScheduleRunFailure extends AssertionError {
    ScheduleRunFailure(String run, Throwable failure) {
      super("run '" + run + "' itself failed on this schedule: " + failure, failure);
    }
  }
}
