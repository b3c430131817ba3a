package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.ElapsedRatio;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.workers.PythonRun;
import java.time.Duration;

/**
 * The post's experiment 1, first half: two {@code yield_task}s, each printing three steps with an
 * {@code await asyncio.sleep(1)} after each, gathered. They take turns at every sleep, so together
 * they take as long as one alone.
 */
@Experiment(claim = "C2a", title = "Awaiting coroutines interleave step by step")
class InterleavingExperiment {

  /** The post's {@code yield_task(name, 1)}. */
  static void yieldTask(Loop loop, String name) {
    for (int i = 0; i < 3; i++) {
      loop.log(name + ": step " + i);
      loop.sleep(Duration.ofSeconds(1));
    }
    loop.log(name + " done");
  }

  @Run("two yield_tasks gathered")
  void twoYieldingTasks(Loop loop) {
    loop.gather(
        loop.spawn("yield_task1", () -> yieldTask(loop, "yield_task1")),
        loop.spawn("yield_task2", () -> yieldTask(loop, "yield_task2")));
  }

  @Run("one yield_task alone")
  void oneYieldingTask(Loop loop) {
    loop.gather(loop.spawn("yield_task1", () -> yieldTask(loop, "yield_task1")));
  }

  @Check(value = "the two tasks' steps alternate", runs = "twoYieldingTasks")
  void stepsAlternate(Runs runs) {
    assertThat(runs.get("twoYieldingTasks").timeline())
        .allOnOneThread()
        .interleaves("yield_task1", "yield_task2")
        .logs().containsExactly(
            "yield_task1: step 0", "yield_task2: step 0",
            "yield_task1: step 1", "yield_task2: step 1",
            "yield_task1: step 2", "yield_task2: step 2",
            "yield_task1 done", "yield_task2 done");
  }

  /**
   * Both runs sleep 3 x 1 s; their difference is timer lag, measured here at a few milliseconds, so
   * 1 ± 0.1 leaves a wide margin and still tells "as long as one" (1) from "one after the other" (2).
   */
  @Check(value = "two interleaved tasks take as long as one (elapsed ratio ≈ 1, not 2)",
      runs = {"twoYieldingTasks", "oneYieldingTask"})
  void twoTakeAsLongAsOne(Runs runs, Report report) {
    ElapsedRatio ratio = ElapsedRatio.of(runs.get("twoYieldingTasks"), runs.get("oneYieldingTask"));
    report.finding("yieldlab: two yield_tasks interleave and take " + PostsPython.times(ratio.value()) + " the time of one");
    assertThat(ratio).isCloseTo(1.0, 0.1);
  }

  @Run(value = "the post's own Python: two yield_tasks gathered, then two tasks", timeout = "3m")
  PythonRun postsPython(Loop loop) {
    return PostsPython.INTERLEAVING.run(loop);
  }

  @Run(value = "the post's own Python: one yield_task alone", timeout = "3m")
  PythonRun postsPythonOneTask(Loop loop) {
    return PostsPython.INTERLEAVING.arguments("one").run(loop);
  }

  /** The same claim asked of asyncio itself, rerun here: its log, and two gathered tasks against one alone. */
  @Check(value = "asyncio, rerun here: the two yield_tasks' steps alternate and together take as long as one",
      runs = {"postsPython", "postsPythonOneTask"}, reference = true)
  void asyncioInterleaves(Runs runs, Report report) {
    PythonRun two = runs.get("postsPython").value(PythonRun.class);
    PythonRun one = runs.get("postsPythonOneTask").value(PythonRun.class);
    assertThat(two.messages().subList(0, 8)).as("the post's log, rerun: %s", two.messages()).containsExactly(
        "yield_task1: step 0", "yield_task2: step 0",
        "yield_task1: step 1", "yield_task2: step 1",
        "yield_task1: step 2", "yield_task2: step 2",
        "yield_task1 완료", "yield_task2 완료");
    ElapsedRatio ratio = new ElapsedRatio("asyncio: two yield_tasks", two.between("yield_task1: step 0", "yield_task2 완료"),
        "asyncio: one yield_task", one.between("yield_task1: step 0", "yield_task1 완료"));
    report.entry("asyncio's elapsed ratio", ratio.toString());
    report.finding("asyncio: two yield_tasks interleave and take " + PostsPython.times(ratio.value()) + " the time of one");
    assertThat(ratio).isCloseTo(1.0, 0.1);
  }
}
