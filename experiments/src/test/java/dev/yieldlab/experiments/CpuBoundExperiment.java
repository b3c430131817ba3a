package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Stance;
import dev.yieldlab.api.Variant;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.Yields;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.WakeUp;
import dev.yieldlab.api.timing.ElapsedRatio;
import dev.yieldlab.api.timing.PairSide;
import dev.yieldlab.api.timing.PairedMeasurement;
import dev.yieldlab.api.workers.PythonRun;
import dev.yieldlab.experiments.support.CpuWork;
import dev.yieldlab.experiments.support.Millis;
import dev.yieldlab.experiments.support.PostsPython;
import java.time.Duration;
import java.util.List;

/**
 * The post's experiments 2 and 3: {@code cpu_heavy} (10^8 iterations) gathered with {@code io_task}
 * (sleep 1 s). Yielding every 2,000,000 iterations, by hand as in the post or through yield points
 * injected into the plain loop's bytecode, lets io_task start and finish while cpu_heavy runs (C3);
 * the plain loop keeps the thread, so io_task starts only after cpu_heavy ends (C4).
 */
@Experiment(claim = {"C3", "C4"}, title = "A CPU-bound coroutine starves the loop unless it yields")
class CpuBoundExperiment {

  static final long ITERATIONS = 100_000_000L;
  static final String CPU_START = "cpu_heavy_task: start";
  static final String CPU_END = "cpu_heavy_task: end";
  static final String IO_STARTED = "io_task started";
  static final String IO_FINISHED = "io_task finished";
  static final Duration IO_SLEEP = Duration.ofSeconds(1);

  /** The post's cpu_heavy; PLAIN and INJECTED run the very same loop, INJECTED from an instrumented copy. */
  static long cpuHeavy(Loop loop, VariantSpec variant) {
    loop.log(CPU_START);
    long x = variant.yields() == Yields.MANUAL ? manualLoop(loop, variant.every()) : plainLoop();
    loop.log(CPU_END);
    return x;
  }

  static long plainLoop() {
    long x = 1;
    for (long i = 0; i < ITERATIONS; i++) {
      x = CpuWork.heavy(x, i);
    }
    return x;
  }

  /** As the post writes it: {@code if i % 2_000_000 == 0: await asyncio.sleep(0)}. */
  static long manualLoop(Loop loop, long every) {
    long x = 1;
    for (long i = 0; i < ITERATIONS; i++) {
      if (i % every == 0) {
        loop.yieldNow();
      }
      x = CpuWork.heavy(x, i);
    }
    return x;
  }

  static void ioTask(Loop loop) {
    loop.log(IO_STARTED);
    loop.sleep(IO_SLEEP);
    loop.log(IO_FINISHED);
  }

  /**
   * Run once per variant, not measured: every check reads one run's own timeline (orders, stalls, a
   * run's total over its own computing stretch), and the one timing claim between runs, yielding
   * against plain, is timed by the engine in pairs of fresh runs anyway. Measured repetitions (a
   * warm-up and three runs of 2 to 3 s per variant) only chose which timeline to keep.
   */
  @Run("cpu_heavy gathered with io_task")
  @Variant(name = "plain")
  @Variant(name = "manual", yields = Yields.MANUAL, every = 2_000_000)
  @Variant(name = "injected", yields = Yields.INJECTED, every = 2_000_000)
  Long cpuHeavyWithIoTask(Loop loop, VariantSpec variant) {
    List<Object> results = loop.gather(
        loop.spawn("cpu_heavy_task", () -> cpuHeavy(loop, variant)),
        loop.spawn("io_task", () -> ioTask(loop)));
    return (Long) results.getFirst();
  }

  /** Read for the record only (C4's totals are read off the plain run's own timeline), so run once. */
  @Run("cpu_heavy alone")
  Long cpuHeavyAlone(Loop loop) {
    return cpuHeavy(loop, VariantSpec.DEFAULT);
  }

  @Check(value = "yielding by hand or by injection lets io_task run inside cpu_heavy", claim = "C3",
      runs = "cpuHeavyWithIoTask")
  void yieldingShares(Runs runs, Report report) {
    for (String variant : List.of("manual", "injected")) {
      RunResult run = runs.get("cpuHeavyWithIoTask", variant);
      Timeline timeline = run.timeline();
      assertThat(timeline)
          .allOnOneThread()
          .happenedBefore(CPU_START, IO_STARTED)
          .happenedBefore(IO_FINISHED, CPU_END);
      // io_task can only wake at a yield point. As in asyncio, a coroutine that yields is queued
      // before the timers that fell due while it computed, so the sleeper runs after cpu_heavy's next
      // stretch: its lag is bounded by the stretch across its deadline plus one yield interval.
      // Asserted on the order of events, not on times, so a busy machine cannot make it flaky.
      WakeUp wakeUp = timeline.task("io_task").wakeUps().getFirst();
      report.entry(variant + ": io_task wake-up lag", Millis.of(wakeUp.lag()) + " after its 1 s deadline, "
          + timeline.task("cpu_heavy_task").stretchesAfterDeadline(wakeUp)
          + " cpu_heavy stretch(es) after the one across the deadline");
      assertThat(timeline)
          .ranInside("io_task", "cpu_heavy_task")
          .wokeWithinStretchesOf("io_task", "cpu_heavy_task", 1);
    }
  }

  @Check(value = "without yields io_task starts only after cpu_heavy ends; total ≈ cpu time + 1 s", claim = "C4",
      runs = {"cpuHeavyWithIoTask", "cpuHeavyAlone"})
  void plainStarves(Runs runs, Report report) {
    RunResult plain = runs.get("cpuHeavyWithIoTask", "plain");
    assertThat(plain.timeline()).happenedBefore(CPU_END, IO_STARTED);
    // Read off one repetition's own timeline: its cpu_heavy stretch and its end, two parts of the same
    // stretch of wall time, so one measurement whose value is judged (no other run's noise is in it;
    // see ElapsedRatio). Comparing the plain run with the separately measured cpu_heavy alone mixed
    // two moments of a shared machine: that ratio read 1.37 although the timeline showed io_task's
    // second simply added to cpu_heavy's.
    Timeline timeline = plain.timeline();
    Duration cpu = timeline.span().minus(beyondComputing(timeline));
    ElapsedRatio total = new ElapsedRatio(plain.label() + " total", timeline.span(), "its cpu_heavy stretch + 1 s",
        cpu.plus(IO_SLEEP));
    report.entry("plain total / (its cpu_heavy stretch + 1 s)", total.toString());
    RunResult alone = runs.get("cpuHeavyAlone");
    report.entry("plain / (cpu_heavy alone + 1 s), for the record", new ElapsedRatio(plain.label(),
        plain.elapsed(), "cpu_heavy alone + 1 s", alone.elapsed().plus(IO_SLEEP)).toString());
    // The rest of the run (spawning, logging, waking io_task) takes milliseconds next to 3 s, so 0.05
    // is ample and still tells "cpu time + 1 s" from "cpu time" (a ratio near 0.7).
    assertThat(total).isCloseTo(1.0, 0.05);
  }

  /**
   * The post found the yielding version slower in total and blamed context switches. Here, where the
   * modulo check costs little next to 20 ns of work, yielding lets io_task's second overlap the
   * computation, so the yielding variant finishes sooner: the engine times each yielding variant
   * against the plain one in pairs, and the totals' ratio must lie wholly below 1.
   *
   * <p>Why: each variant's own timeline shows the time a run spends beyond its cpu_heavy stretch
   * (plain: io_task's whole second; yielding: only io_task's wake-up lag), reported beside it. Totals
   * measured minutes apart swung from 0.68 to 1.02 on a shared machine; back to back in pairs they
   * do not.
   */
  @Check(value = "yielding finishes sooner than plain in total, not later", claim = "C4", stance = Stance.CONTRADICTS,
      runs = "cpuHeavyWithIoTask")
  void yieldingVersusPlain(Runs runs, Report report) {
    RunResult plain = runs.get("cpuHeavyWithIoTask", "plain");
    for (String variant : List.of("manual", "injected")) {
      RunResult yielding = runs.get("cpuHeavyWithIoTask", variant);
      report.entry(variant + " beyond its cpu_heavy stretch / plain's, in their own runs", new ElapsedRatio(
          variant + " beyond", beyondComputing(yielding.timeline()), "plain beyond", beyondComputing(plain.timeline()))
          .toString());
      ElapsedRatio total = ElapsedRatio.of(yielding, plain);
      report.entry(variant + " / plain", total.toString());
      assertThat(total).isLessThan(1.0);
    }
    report.finding("yieldlab: yielding by hand took " + PostsPython.times(ElapsedRatio.of(
        runs.get("cpuHeavyWithIoTask", "manual"), plain)) + " the plain run's time: io_task's second overlaps the"
        + " computation, and the cost the post saw is the per-iteration check (C4')");
  }

  /**
   * The same claims as the stall watchdog sees them: without yields cpu_heavy is one stall as long as
   * its computation (what froze io_task); with yields no stretch comes near that, since each one is
   * 2,000,000 iterations, tens of milliseconds here, against the plain run's seconds.
   */
  @Check(value = "the stall watchdog: plain cpu_heavy holds the loop for its whole computation; yielding breaks"
      + " it into stretches far shorter", claim = {"C3", "C4"}, runs = "cpuHeavyWithIoTask")
  void stallsShowWhoHeldTheLoop(Runs runs, Report report) {
    Timeline plain = runs.get("cpuHeavyWithIoTask", "plain").timeline();
    List<dev.yieldlab.api.timeline.Stall> stalls = plain.stalls();
    stalls.forEach(stall -> report.entry("plain: stall", plain.describe(stall)));
    assertThat(stalls).as("stalls of the plain run").singleElement()
        .satisfies(stall -> assertThat(stall.task()).isEqualTo("cpu_heavy_task"));
    ElapsedRatio held = new ElapsedRatio("plain cpu_heavy's stall", stalls.getFirst().held(), "its computation",
        plain.betweenLogs(CPU_START, CPU_END));
    // Two parts of one timeline: one measurement, judged by its value (see ElapsedRatio).
    report.entry("plain: stall / computation", held.toString());
    assertThat(held).isCloseTo(1.0, 0.05);
    for (String variant : List.of("manual", "injected")) {
      Timeline yielding = runs.get("cpuHeavyWithIoTask", variant).timeline();
      yielding.stalls().forEach(stall -> report.entry(variant + ": stall", yielding.describe(stall)));
      // A tenth of the plain run's stall: stretches of 2,000,000 iterations, not the whole loop.
      assertThat(yielding).noStallLongerThan(stalls.getFirst().held().dividedBy(10));
    }
  }

  /**
   * The post's experiments 2 and 3 in asyncio, rerun here in pairs: cpu_heavy without an await
   * (baseline) against cpu_heavy awaiting sleep(0) every 2,000,000 iterations (treatment), each with
   * io_task, each timed by the script's own clock from cpu_heavy's start to its last line.
   */
  @Run(value = "the post's own Python: cpu_heavy without await vs awaiting sleep(0) every 2,000,000 iterations, with io_task",
      timeout = "5m", paired = true)
  PythonRun postsPython(Loop loop, PairSide side) {
    return (side == PairSide.BASELINE ? PostsPython.CPU_PLAIN : PostsPython.CPU_YIELDING).run(loop);
  }

  @Check(value = "asyncio, rerun here: awaiting sleep(0) lets io_task start and finish while cpu_heavy runs", claim = "C3",
      runs = "postsPython", reference = true)
  void asyncioYieldingShares(Runs runs) {
    PythonRun python = runs.get("postsPython").paired(PythonRun.class).medianPair().treatment();
    assertThat(python.messages()).as("the post's log, rerun").containsExactly(
        "cpu_heavy_task: start", "io_task started", "io_task finished", "cpu_heavy_task: end");
  }

  @Check(value = "asyncio, rerun here: without await io_task starts only after cpu_heavy ends, and the yielding"
      + " version takes longer in total", claim = "C4", runs = "postsPython", reference = true)
  void asyncioPlainStarvesAndYieldingTakesLonger(Runs runs, Report report) {
    PairedMeasurement<PythonRun> python = runs.get("postsPython").paired(PythonRun.class);
    assertThat(python.medianPair().baseline().messages()).as("the post's log, rerun").containsExactly(
        "cpu_heavy_task: start", "cpu_heavy_task: end", "io_task started", "io_task finished");
    ElapsedRatio ratio = python.ratio("asyncio yielding", "asyncio plain");
    report.entry("asyncio's elapsed ratio", ratio.toString());
    report.finding("asyncio: yielding took " + PostsPython.times(ratio) + " the plain run's time, as the post"
        + " says; in CPython the i % 2,000,000 test costs more than the loop itself");
    // CPython interprets the modulo test on every iteration: 2.3 to 3.4 times the plain loop's time here.
    assertThat(ratio).isGreaterThan(1.0);
  }

  /** How much longer a run took than its cpu_heavy stretch: the time nothing overlapped the computation. */
  private static Duration beyondComputing(Timeline timeline) {
    return timeline.span().minus(timeline.betweenLogs(CPU_START, CPU_END));
  }
}
