package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.workers.PythonRun;
import dev.yieldlab.experiments.support.PostsPython;

/**
 * The post's experiment 1, second half: two {@code task}s whose loop never awaits. Gathered like the
 * yielding ones, they still run one after the other: nothing gives the loop a chance to switch.
 */
@Experiment(claim = "C2b", title = "Coroutines that never await run one after the other")
class NoAwaitExperiment {

  /** The post's {@code task(name, 1)}: the delay is never used, as in the post. */
  static void task(Loop loop, String name) {
    for (int i = 0; i < 3; i++) {
      loop.log(name + ": step " + i);
    }
    loop.log(name + " done");
  }

  @Run("two tasks without await gathered")
  void twoTasksWithoutAwait(Loop loop) {
    loop.gather(
        loop.spawn("task1", () -> task(loop, "task1")),
        loop.spawn("task2", () -> task(loop, "task2")));
  }

  @Run(value = "the post's own Python: two tasks without await gathered", timeout = "3m")
  PythonRun postsPython(Loop loop) {
    return PostsPython.INTERLEAVING.arguments("tasks").run(loop);
  }

  @Check(value = "asyncio, rerun here: all of task1 comes before any of task2", runs = "postsPython", reference = true)
  void asyncioRunsThemInTurn(Runs runs) {
    PythonRun python = runs.get("postsPython").value(PythonRun.class);
    assertThat(python.messages()).as("the post's log, rerun").containsExactly(
        "task1: step 0", "task1: step 1", "task1: step 2", "task1 완료",
        "task2: step 0", "task2: step 1", "task2: step 2", "task2 완료");
  }

  @Check(value = "all of task1 comes before any of task2", runs = "twoTasksWithoutAwait")
  void task1BeforeTask2(Runs runs) {
    assertThat(runs.get("twoTasksWithoutAwait").timeline())
        .allOnOneThread()
        .ranSequentially("task1", "task2")
        .logs().containsExactly(
            "task1: step 0", "task1: step 1", "task1: step 2", "task1 done",
            "task2: step 0", "task2: step 1", "task2: step 2", "task2 done");
  }
}
