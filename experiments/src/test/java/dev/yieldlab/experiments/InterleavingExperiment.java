package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.api.workers.PythonRun;
import dev.yieldlab.experiments.support.PostsPython;
import java.time.Duration;

/**
 * The post's experiment 1, first half: two {@code yield_task}s, each printing three steps with an
 * {@code await asyncio.sleep(1)} after each, gathered. They take turns at every sleep, so together
 * they take as long as one alone. Steps of {@link #STEP} instead of the post's 1 s keep the suite
 * short (the engine times each side of every pair afresh); the claim is about order and a ratio.
 */
@Experiment(claim = "C2a", title = "Awaiting coroutines interleave step by step")
class InterleavingExperiment {

  /**
   * The post sleeps 1 s a step. Two tasks or one, a side sleeps three steps, and their difference
   * is timer lag, under a millisecond a sleep here, so at 300 ms a step the ratio still reads 1.00
   * (and "one after the other" would still read 2), decided on the first two pairs as at 1 s; each
   * pair takes 1.8 s instead of 6 s. As VirtualInterleavingExperiment's steps (VT-C2).
   */
  static final Duration STEP = Duration.ofMillis(300);

  /** The post's {@code yield_task(name, 1)}, with a step of {@link #STEP}. */
  static void yieldTask(Loop loop, String name) {
    for (int i = 0; i < 3; i++) {
      loop.log(name + ": step " + i);
      loop.sleep(STEP);
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
   * Both runs sleep 3 x 300 ms; their difference is timer lag, a few milliseconds here. The engine times
   * the two runs in pairs for this check (the runs' own tests were their warm-ups), and the ratio's
   * whole interval must lie within 1 ± 0.1: "as long as one" (1), far from "one after the other" (2).
   */
  @Check(value = "two interleaved tasks take as long as one (elapsed ratio ≈ 1, not 2)",
      runs = {"twoYieldingTasks", "oneYieldingTask"})
  void twoTakeAsLongAsOne(Runs runs, Report report) {
    ElapsedRatio ratio = ElapsedRatio.of(runs.get("twoYieldingTasks"), runs.get("oneYieldingTask"));
    report.finding("yieldlab: two yield_tasks interleave and take " + PostsPython.times(ratio) + " the time of one");
    assertThat(ratio).isCloseTo(1.0, 0.1);
  }

  /**
   * The post's experiment 1 in asyncio, rerun here in pairs: one yield_task alone (baseline) against
   * the two gathered (treatment), each timed by the script's own clock from its first line to its last,
   * with the steps of the Java runs ({@link #STEP}) in place of its 1 s.
   */
  @Run(value = "the post's own Python: one yield_task alone vs two gathered", timeout = "5m", paired = true)
  PythonRun postsPython(Loop loop, PairSide side) {
    return PostsPython.INTERLEAVING.arguments(side == PairSide.BASELINE ? "one" : "two",
        Double.toString(STEP.toMillis() / 1000.0)).run(loop);
  }

  /** The same claim asked of asyncio itself, rerun here: its log, and two gathered tasks against one alone. */
  @Check(value = "asyncio, rerun here: the two yield_tasks' steps alternate and together take as long as one",
      runs = "postsPython", reference = true)
  void asyncioInterleaves(Runs runs, Report report) {
    PairedMeasurement<PythonRun> python = runs.get("postsPython").paired(PythonRun.class);
    PythonRun two = python.medianPair().treatment();
    assertThat(two.messages()).as("the post's log, rerun").containsExactly(
        "yield_task1: step 0", "yield_task2: step 0",
        "yield_task1: step 1", "yield_task2: step 1",
        "yield_task1: step 2", "yield_task2: step 2",
        "yield_task1 완료", "yield_task2 완료");
    ElapsedRatio ratio = python.ratio("asyncio: two yield_tasks", "asyncio: one yield_task");
    report.entry("asyncio's elapsed ratio", ratio.toString());
    report.finding("asyncio: two yield_tasks interleave and take " + PostsPython.times(ratio) + " the time of one");
    assertThat(ratio).isCloseTo(1.0, 0.1);
  }
}
