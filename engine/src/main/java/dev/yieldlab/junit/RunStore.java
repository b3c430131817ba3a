package dev.yieldlab.junit;

import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Runs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.opentest4j.TestAbortedException;

/** The runs of one experiment execution, filled by run tests and read by check tests. */
final class RunStore implements Runs {

  private final Set<String> declared;
  private final Map<String, RunResult> results = new LinkedHashMap<>();

  RunStore(Set<String> declared) {
    this.declared = Set.copyOf(declared);
  }

  void put(RunResult result) {
    results.put(result.name(), result);
  }

  @Override
  public RunResult get(String name) {
    RunResult result = results.get(name);
    if (result == null) {
      if (!declared.contains(name)) {
        throw new IllegalArgumentException("there is no run named '" + name + "'; the runs are " + declared);
      }
      throw new TestAbortedException("run '" + name + "' did not execute in this session (not selected, or filtered"
          + " out), so there is nothing to check; select the experiment class to run its runs and checks together");
    }
    result.failure().ifPresent(failure -> {
      throw new TestAbortedException("run '" + name + "' failed, so this check has no evidence to read", failure);
    });
    return result;
  }
}
