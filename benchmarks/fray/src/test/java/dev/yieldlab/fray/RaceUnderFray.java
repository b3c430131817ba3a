package dev.yieldlab.fray;

import dev.yieldlab.fray.harness.PctDepth2Scheduler;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pastalab.fray.core.observers.TimelineCoverageType;
import org.pastalab.fray.core.scheduler.FestScheduler;
import org.pastalab.fray.core.scheduler.FifoScheduler;
import org.pastalab.fray.core.scheduler.PCTScheduler;
import org.pastalab.fray.core.scheduler.POSScheduler;
import org.pastalab.fray.core.scheduler.RandomScheduler;
import org.pastalab.fray.junit.junit5.FrayTestExtension;
import org.pastalab.fray.junit.junit5.annotations.FrayTest;

/**
 * One race on platform threads, run under each of Fray's schedulers through its own JUnit
 * integration ({@code @FrayTest}, the annotation Fray's README documents). A subclass supplies the
 * race; this class holds the matrix once, so that every race meets the same schedulers with the same
 * budgets. {@code @FrayTest}'s values are compile-time constants, hence one method per scheduler and
 * setting. @FrayTest's default scheduler in 0.9.2 is POSScheduler, so the {@code Pos} methods are
 * also the default's.
 *
 * <p>Per scheduler, three tests:
 * <ul>
 *   <li>{@code find<Scheduler>} asserts the race's invariant and gives Fray {@link #FIND_BUDGET}
 *       schedules to break it; Fray stops at the first failing schedule. It runs with Fray's fastest
 *       settings that are valid here (below), so that its seconds to the first failure are Fray's
 *       best; neither setting changes which schedules a scheduler picks.</li>
 *   <li>{@code rate<Scheduler>} runs the very same race without the assertion (it never fails, so
 *       the whole budget runs) for {@link #RATE_BUDGET} schedules with every other value at
 *       {@code @FrayTest}'s default: what a Fray user gets.</li>
 *   <li>{@code rateFast<Scheduler>} the same with the fastest settings.</li>
 * </ul>
 *
 * <p>The fastest settings: {@code resetClassLoaderPerIteration = false} (by default Fray loads, and
 * its agent instruments, the test's classes afresh for every schedule, so that static state cannot
 * leak from one to the next; these races keep their state in a fresh object per schedule) and
 * {@code collectTimelineCoverage = NONE} (no coverage bookkeeping; FestScheduler, which steers by
 * coverage, falls back to Fray's default measure by itself).
 */
@ExtendWith(FrayTestExtension.class)
public abstract class RaceUnderFray {

  /** Schedules Fray may try before a race counts as not found (issue 23 tried 10,000 with POS). */
  public static final int FIND_BUDGET = 10_000;

  /** Schedules of a never-failing run, over which the rate is measured. */
  public static final int RATE_BUDGET = 1_000;

  /** Runs the race once on fresh state and platform threads; true when its invariant held. */
  protected abstract boolean runOnceHeld() throws InterruptedException;

  /** The invariant, for the failure message. */
  protected abstract String invariant();

  private void assertInvariant() throws InterruptedException {
    if (!runOnceHeld()) {
      String race = getClass().getName().substring(getClass().getPackageName().length() + 1);
      throw new AssertionError(race + ": broken invariant: " + invariant());
    }
  }

  @FrayTest(scheduler = FifoScheduler.class, iterations = FIND_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void findFifo() throws InterruptedException {
    assertInvariant();
  }

  @FrayTest(scheduler = FifoScheduler.class, iterations = RATE_BUDGET)
  public void rateFifo() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = FifoScheduler.class, iterations = RATE_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void rateFastFifo() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = RandomScheduler.class, iterations = FIND_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void findRandom() throws InterruptedException {
    assertInvariant();
  }

  @FrayTest(scheduler = RandomScheduler.class, iterations = RATE_BUDGET)
  public void rateRandom() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = RandomScheduler.class, iterations = RATE_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void rateFastRandom() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = PCTScheduler.class, iterations = FIND_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void findPct() throws InterruptedException {
    assertInvariant();
  }

  @FrayTest(scheduler = PCTScheduler.class, iterations = RATE_BUDGET)
  public void ratePct() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = PCTScheduler.class, iterations = RATE_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void rateFastPct() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = PctDepth2Scheduler.class, iterations = FIND_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void findPctDepth2() throws InterruptedException {
    assertInvariant();
  }

  @FrayTest(scheduler = PctDepth2Scheduler.class, iterations = RATE_BUDGET)
  public void ratePctDepth2() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = PctDepth2Scheduler.class, iterations = RATE_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void rateFastPctDepth2() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = POSScheduler.class, iterations = FIND_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void findPos() throws InterruptedException {
    assertInvariant();
  }

  @FrayTest(scheduler = POSScheduler.class, iterations = RATE_BUDGET)
  public void ratePos() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = POSScheduler.class, iterations = RATE_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void rateFastPos() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = FestScheduler.class, iterations = FIND_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void findFest() throws InterruptedException {
    assertInvariant();
  }

  @FrayTest(scheduler = FestScheduler.class, iterations = RATE_BUDGET)
  public void rateFest() throws InterruptedException {
    runOnceHeld();
  }

  @FrayTest(scheduler = FestScheduler.class, iterations = RATE_BUDGET, resetClassLoaderPerIteration = false,
      collectTimelineCoverage = TimelineCoverageType.NONE)
  public void rateFastFest() throws InterruptedException {
    runOnceHeld();
  }
}
