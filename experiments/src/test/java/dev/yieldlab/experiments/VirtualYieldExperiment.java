package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Stance;
import dev.yieldlab.api.Variant;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.workers.StrandRun;
import dev.yieldlab.api.workers.Workers;
import dev.yieldlab.experiments.support.CpuHeavyNextToSleeper;
import dev.yieldlab.experiments.support.SleeperWakeUp;
import java.util.Locale;

/**
 * C3 asked of virtual threads, measured rather than assumed: cpu_heavy pauses every 10^6 iterations
 * next to a 100 ms sleeper, on one carrier. The loop's {@code yieldNow} ({@code asyncio.sleep(0)}) lets
 * the sleeper in; the same body's {@code Thread.yield()} does not, nor does a 1 ns {@code Thread.sleep};
 * {@code LockSupport.parkNanos(1)} and a 1 ms sleep do. Why, from the JDK 25 sources:
 *
 * <ul>
 *   <li>The sleeper's wake-up is a task for a carrier: {@code VirtualThread.afterYield} schedules {@code
 *       parkTimeoutExpired} with {@code ForkJoinPool.schedule}, and when it is due the {@code
 *       DelayScheduler} thread pushes it onto <em>its own</em> submission queue ({@code
 *       executeEnabledScheduledTask}: {@code externalSubmissionQueue(false).push(task, this, false)}, a
 *       queue picked by that thread's {@code ThreadLocalRandom} probe).
 *   <li>{@code Thread.yield()} re-queues the yielder: {@code afterYield} case YIELDING, "external submit
 *       if there are no tasks in the local task queue", {@code pool.externalSubmit}, onto the submission
 *       queue of <em>the carrier's</em> probe, and the carrier goes on in {@code ForkJoinPool.runWorker}'s
 *       scan of the queue it took the yielder from: it takes the next task of the same queue while it has
 *       one and nobody else took from it ({@code if ((b = q.base) != nb && !propagate) break scan;}), and
 *       the yielder is always that next task. The queue the timer task sits in is never scanned: the
 *       sleeper is not even unparked until cpu_heavy ends.
 *   <li>A 1 ns sleep does not unmount at all after its first call: {@code VirtualThread.sleepNanos} ends
 *       with {@code setParkPermit(true)} ("may have been unparked while sleeping"), so the next sleep's
 *       {@code parkNanos} finds the permit and returns at once ({@code if (getAndSetParkPermit(false) ||
 *       interrupted) return;}), and 1 ns has then passed, so it never parks again.
 *   <li>{@code LockSupport.parkNanos(1)} has no permit left over: it parks every time, the carrier falls
 *       idle, scans, and finds the timer queue, where the sleeper's wake-up is ahead of cpu_heavy's own
 *       (FIFO). A 1 ms sleep parks for real from its second {@code parkNanos} on, with the same effect.
 * </ul>
 *
 * <p>Measured here: lag / cpu_heavy's time past the deadline 1.000 to 1.001 for {@code Thread.yield()} and
 * the 1 ns sleep, under 0.01 for the loop's yield, the park and the 1 ms sleep; ±0.05 keeps them apart.
 * The carrier took 303 tasks from the scheduler's queues with 300 yields or parks, 4 with 300 sleeps of 1 ns.
 */
@Experiment(claim = "VT-C3", title = "Does Thread.yield() let a sleeping virtual thread in, as asyncio.sleep(0) does?")
class VirtualYieldExperiment {

  @Run(value = "cpu_heavy pausing every 10^6 iterations next to a 100 ms sleeper", timeout = "2m")
  @Variant(name = "coroutines, yieldNow", params = "kind=COROUTINES")
  @Variant(name = "Thread.yield()", params = {"kind=VIRTUAL_THREADS", "carriers=1"})
  @Variant(name = "Thread.sleep of 1 ns", params = {"kind=VIRTUAL_THREADS", "carriers=1"})
  @Variant(name = "LockSupport.parkNanos(1)", params = {"kind=VIRTUAL_THREADS", "carriers=1"})
  @Variant(name = "Thread.sleep of 1 ms", params = {"kind=VIRTUAL_THREADS", "carriers=1"})
  StrandRun pausing(Loop loop, VariantSpec variant) {
    String pause = switch (variant.name()) {
      case "coroutines, yieldNow", "Thread.yield()" -> "yield";
      case "Thread.sleep of 1 ns" -> "sleep-1ns";
      case "LockSupport.parkNanos(1)" -> "park-1ns";
      case "Thread.sleep of 1 ms" -> "sleep-1ms";
      default -> throw new IllegalArgumentException(variant.name());
    };
    return Workers.of(variant).run(loop, CpuHeavyNextToSleeper.program(pause));
  }

  @Check(value = "on the loop, yieldNow every 10^6 iterations lets the sleeper in on time (C3's twin)", runs = "pausing",
      stance = Stance.QUALIFIES)
  void loopYieldLetsTheSleeperIn(Runs runs, Report report) {
    assertLetIn(runs, report, "coroutines, yieldNow");
  }

  @Check(value = "Thread.yield() every 10^6 iterations does not let the sleeper in on one carrier: it runs when cpu_heavy ends",
      runs = "pausing", stance = Stance.CONTRADICTS)
  void threadYieldDoesNotLetTheSleeperIn(Runs runs, Report report) {
    SleeperWakeUp sleeper = assertStarved(runs, report, "Thread.yield()");
    Timeline timeline = runs.get("pausing", "Thread.yield()").timeline();
    int yields = timeline.task("cpu_heavy").yields();
    report.entry("Thread.yield() calls", yields + " yields, all on " + timeline.carriers().get("cpu_heavy"));
    assertThat(yields).as("cpu_heavy's yields").isGreaterThanOrEqualTo((int) (CpuHeavyNextToSleeper.ITERATIONS
        / CpuHeavyNextToSleeper.EVERY));
    // Not a late timer: the timer's task never ran, so the sleeper stayed TIMED_WAITING until cpu_heavy ended.
    assertThat(sleeper.unparkedWhileCpuHeavyRan()).as(sleeper.describe()).isFalse();
  }

  /**
   * Whether a call unmounted is the scheduler's to say: each remount through its queues is a task its
   * carrier took ({@code ForkJoinPool.getStealCount()}, read in the child). 300 pauses that unmount add
   * at least 300; the 1 ns sleeps added none beyond the program's own few (measured: 4 against 303).
   */
  @Check(value = "a 1 ns Thread.sleep every 10^6 iterations does not let it in either: after the first it does not even unmount",
      runs = "pausing", stance = Stance.CONTRADICTS)
  void oneNanosecondSleepDoesNotLetTheSleeperIn(Runs runs, Report report) {
    assertStarved(runs, report, "Thread.sleep of 1 ns");
    long pauses = CpuHeavyNextToSleeper.ITERATIONS / CpuHeavyNextToSleeper.EVERY;
    long sleeping = runs.get("pausing", "Thread.sleep of 1 ns").value(StrandRun.class).tasksTaken();
    long yielding = runs.get("pausing", "Thread.yield()").value(StrandRun.class).tasksTaken();
    long parking = runs.get("pausing", "LockSupport.parkNanos(1)").value(StrandRun.class).tasksTaken();
    report.entry("tasks the carrier took from the scheduler's queues", String.format(Locale.ROOT,
        "%d pauses each: 1 ns sleeps %d, Thread.yield() %d, parkNanos(1) %d", pauses, sleeping, yielding, parking));
    assertThat(yielding).as("Thread.yield() unmounts every time").isGreaterThanOrEqualTo(pauses);
    assertThat(parking).as("parkNanos(1) unmounts every time").isGreaterThanOrEqualTo(pauses);
    assertThat(sleeping).as("1 ns sleeps: the permit sleepNanos leaves behind keeps all but the first from parking")
        .isLessThan(pauses / 10);
  }

  @Check(value = "LockSupport.parkNanos(1) every 10^6 iterations does let the sleeper in: each park unmounts", runs = "pausing",
      stance = Stance.QUALIFIES)
  void parkLetsTheSleeperIn(Runs runs, Report report) {
    assertLetIn(runs, report, "LockSupport.parkNanos(1)");
  }

  @Check(value = "a 1 ms Thread.sleep every 10^6 iterations lets it in too", runs = "pausing", stance = Stance.QUALIFIES)
  void oneMillisecondSleepLetsTheSleeperIn(Runs runs, Report report) {
    assertLetIn(runs, report, "Thread.sleep of 1 ms");
  }

  private static SleeperWakeUp assertStarved(Runs runs, Report report, String variant) {
    SleeperWakeUp sleeper = SleeperWakeUp.of(runs.get("pausing", variant).timeline());
    report.entry(variant, sleeper.describe());
    report.finding("yieldlab: with " + variant + " every 10^6 iterations the 100 ms sleeper ran "
        + String.format(Locale.ROOT, "%.0f ms late (lag share %.3f)", sleeper.wakeUp().lag().toNanos() / 1e6, sleeper.lagShare()));
    assertThat(sleeper.ranOnlyAfterCpuHeavyEnded()).as("%s: %s", variant, sleeper.describe()).isTrue();
    assertThat(sleeper.lagShare()).as("%s: %s", variant, sleeper.describe())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(SleeperWakeUp.SHARE_TOLERANCE));
    return sleeper;
  }

  private static void assertLetIn(Runs runs, Report report, String variant) {
    SleeperWakeUp sleeper = SleeperWakeUp.of(runs.get("pausing", variant).timeline());
    report.entry(variant, sleeper.describe());
    report.finding("yieldlab: with " + variant + " every 10^6 iterations the 100 ms sleeper ran "
        + String.format(Locale.ROOT, "%.1f ms late (lag share %.3f)", sleeper.wakeUp().lag().toNanos() / 1e6, sleeper.lagShare()));
    assertThat(sleeper.ranOnlyAfterCpuHeavyEnded()).as("%s: %s", variant, sleeper.describe()).isFalse();
    assertThat(sleeper.lagShare()).as("%s: %s", variant, sleeper.describe()).isLessThan(SleeperWakeUp.SHARE_TOLERANCE);
  }
}
