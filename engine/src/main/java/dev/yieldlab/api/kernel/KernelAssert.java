package dev.yieldlab.api.kernel;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import java.util.Locale;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on what the kernel counted ({@link KernelView}): a figure that could not be read aborts
 * the check with the reason, never passes it. Messages give every figure of the view.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class KernelAssert extends AbstractAssert<KernelAssert, KernelView> {

  public KernelAssert(KernelView actual) {
    super(actual, KernelAssert.class);
  }

  /** Asserts at most {@code maximum} OS context switches, voluntary and involuntary together. */
  public KernelAssert contextSwitchesAtMost(long maximum) {
    isNotNull();
    long switches = actual.counters().contextSwitches().require(actual.who() + "'s context switches");
    if (switches > maximum) {
      fail(String.format(Locale.ROOT, "Expected at most %d OS context switches of %s, but there were %d", maximum,
          actual.who(), switches));
    }
    return this;
  }

  /** Asserts at least {@code minimum} voluntary switches: times it gave up the CPU itself (slept, parked). */
  public KernelAssert voluntarySwitchesAtLeast(long minimum) {
    isNotNull();
    long switches = actual.counters().voluntarySwitches().require(actual.who() + "'s voluntary context switches");
    if (switches < minimum) {
      fail(String.format(Locale.ROOT, "Expected at least %d voluntary OS context switches of %s, but there were %d",
          minimum, actual.who(), switches));
    }
    return this;
  }

  /**
   * Asserts between {@code minimum} and {@code maximum} voluntary switches, e.g. about the times the
   * loop waited with nothing ready ({@link RunKernel#loopIdleWaits()}).
   */
  public KernelAssert voluntarySwitchesBetween(long minimum, long maximum) {
    isNotNull();
    long switches = actual.counters().voluntarySwitches().require(actual.who() + "'s voluntary context switches");
    if (switches < minimum || switches > maximum) {
      fail(String.format(Locale.ROOT, "Expected %d to %d voluntary OS context switches of %s, but there were %d",
          minimum, maximum, actual.who(), switches));
    }
    return this;
  }

  /** Asserts at least {@code minimum} involuntary switches: times the scheduler took the CPU from it. */
  public KernelAssert involuntarySwitchesAtLeast(long minimum) {
    isNotNull();
    long switches = actual.counters().involuntarySwitches().require(actual.who() + "'s involuntary context switches");
    if (switches < minimum) {
      fail(String.format(Locale.ROOT, "Expected at least %d involuntary OS context switches of %s, but there were %d",
          minimum, actual.who(), switches));
    }
    return this;
  }

  /** Asserts that time on a CPU over wall time is below {@code maximum}. */
  public KernelAssert cpuFractionBelow(double maximum) {
    isNotNull();
    double fraction = actual.cpuFraction().require(actual.who() + "'s CPU time");
    if (!(fraction < maximum)) {
      fail(String.format(Locale.ROOT, "Expected %s to be on a CPU for less than %.3f of its wall time, but it was"
          + " for %.3f", actual.who(), maximum, fraction));
    }
    return this;
  }

  /** Asserts that time on a CPU over wall time is above {@code minimum}. */
  public KernelAssert cpuFractionAbove(double minimum) {
    isNotNull();
    double fraction = actual.cpuFraction().require(actual.who() + "'s CPU time");
    if (!(fraction > minimum)) {
      fail(String.format(Locale.ROOT, "Expected %s to be on a CPU for more than %.3f of its wall time, but it was"
          + " for %.3f", actual.who(), minimum, fraction));
    }
    return this;
  }

  /** Asserts at least {@code minimum} of time runnable but waiting in a run queue for a CPU. */
  public KernelAssert waitingToRunAtLeast(Duration minimum) {
    isNotNull();
    Duration waited = actual.counters().waitingToRun().require(actual.who() + "'s run-queue wait");
    if (waited.compareTo(minimum) < 0) {
      fail(String.format(Locale.ROOT, "Expected %s to wait at least %.3f s in a run queue, but it waited %.3f s",
          actual.who(), minimum.toNanos() / 1e9, waited.toNanos() / 1e9));
    }
    return this;
  }

  /** Asserts that time waiting in a run queue over wall time is above {@code minimum}. */
  public KernelAssert waitingFractionAbove(double minimum) {
    isNotNull();
    double fraction = actual.waitingFraction().require(actual.who() + "'s run-queue wait");
    if (!(fraction > minimum)) {
      fail(String.format(Locale.ROOT, "Expected %s to wait in a run queue for more than %.3f of its wall time, but"
          + " it did for %.3f", actual.who(), minimum, fraction));
    }
    return this;
  }

  // Formatted here and passed through "%s": a '%' in a worker's name must not read as a format specifier.
  private void fail(String message) {
    failWithMessage("%s", message + System.lineSeparator() + "  " + actual.describe());
  }
}
