package dev.yieldlab.junit;

import dev.yieldlab.api.Report;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.explore.Trial;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opentest4j.TestAbortedException;

/**
 * Judges one schedule's result with every check that reads the explored run: calls each check
 * method on the experiment's instance with the schedule's {@link ScheduleRuns} and a report that
 * keeps nothing (what a check publishes is published once, on the schedule its test shows). A check
 * that returns held; one that throws is refuted, an assertion or anything else (a check that cannot
 * read a schedule's result does not hold on it); one that aborts, or never reads the run, is not
 * judged on it.
 */
final class ScheduleJudge {

  /** Publishes nothing: a check's report while it is judged on thousands of schedules. */
  static final Report NOWHERE = new Report() {
    @Override
    public void entry(String key, String value) {}

    @Override
    public void table(String title, List<String> header, List<List<String>> rows) {}

    @Override
    public void finding(String sentence) {}
  };

  private final List<CheckMethod> checks;
  private final Object instance;
  private final RunStore store;

  ScheduleJudge(List<CheckMethod> checks, Object instance, RunStore store) {
    this.checks = checks;
    this.instance = instance;
    this.store = store;
    checks.forEach(check -> check.method().setAccessible(true));
  }

  Map<String, Trial.Judgement> judge(RunResult result) {
    Map<String, Trial.Judgement> judgements = new HashMap<>();
    for (CheckMethod check : checks) {
      ScheduleRuns runs = new ScheduleRuns(store, result);
      Optional<Throwable> thrown = invoke(check, runs, NOWHERE);
      if (!runs.read() || thrown.isPresent() && thrown.get() instanceof TestAbortedException) {
        judgements.put(check.name(), Trial.Judgement.NOT_READ);
      } else {
        judgements.put(check.name(), thrown.map(Trial.Judgement::refuted).orElse(Trial.Judgement.HELD));
      }
    }
    return judgements;
  }

  /** Calls {@code check} with {@code runs} and {@code report}; what it threw, if anything. */
  Optional<Throwable> invoke(CheckMethod check, Object runs, Report report) {
    Class<?>[] types = check.method().getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = types[i] == Report.class ? report : runs;
    }
    try {
      check.method().invoke(instance, arguments);
      return Optional.empty();
    } catch (InvocationTargetException thrown) {
      return Optional.of(thrown.getCause());
    } catch (IllegalAccessException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}
