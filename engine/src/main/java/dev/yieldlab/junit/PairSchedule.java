package dev.yieldlab.junit;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.timing.Disturbance;
import dev.yieldlab.api.timing.Noise;
import dev.yieldlab.api.timing.NoiseSource;
import dev.yieldlab.kernel.MachineLoad;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Measures timed pairs until a goal is met: enough of them count, or the budget (pairs, time) is
 * spent, or the machine stays too busy for the claim's precondition. The order alternates from pair to
 * pair (which side goes first is the pair's parity in the whole series, so a series measured in
 * several goes still alternates). A pair disturbed by foreign load is measured again, after waiting
 * for the machine to be quiet enough: adaptive repetitions wait a burst of other work out instead of
 * dropping the claim.
 */
final class PairSchedule {

  /** How long one look at the machine's load lasts while waiting for it to be quiet. */
  static final Duration QUIET_LOOK = Duration.ofMillis(250);

  private PairSchedule() {}

  /**
   * What to reach.
   *
   * @param counted pairs that count to reach, in the whole series
   * @param maxPairs pairs the whole series may hold, counted or not
   * @param deadlineNanos {@link System#nanoTime()} after which no pair starts
   * @param quietWait how long to wait for a quiet machine after a pair disturbed by foreign load
   * @param clock the clock of the runs: on the VIRTUAL clock there is no machine to wait for
   */
  record Goal(int counted, int maxPairs, long deadlineNanos, Duration quietWait, ClockKind clock) {}

  /** One measured pair: whether it counts, and how many free CPUs its claim needs. */
  record Measured(Optional<Disturbance> disturbance, int cpusNeeded) {}

  /** Measures one pair, in the order given, and records it; returns what it measured. */
  @FunctionalInterface
  interface PairMeasurer {
    Measured measure(boolean baselineFirst) throws Exception;
  }

  /** Waits {@code duration} without holding what must run meanwhile (a loop's coroutine sleeps on its loop). */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Why the series stopped. */
  enum Stop {
    REACHED, PAIRS_SPENT, TIME_SPENT, NEVER_QUIET;

    /** The budget's state in words, for an inconclusive verdict: {@code budget spent: 20 of 20 pairs}. */
    String describe(int pairs, Goal goal) {
      return switch (this) {
        case REACHED -> String.format(Locale.ROOT, "%d pairs measured", pairs);
        case PAIRS_SPENT -> pairs <= goal.maxPairs()
            ? String.format(Locale.ROOT, "budget spent: %d of %d pairs measured", pairs, goal.maxPairs())
            : String.format(Locale.ROOT, "budget spent: %d pairs measured, more than its %d", pairs, goal.maxPairs());
        case TIME_SPENT -> String.format(Locale.ROOT, "budget spent: its time ran out after %d pairs", pairs);
        case NEVER_QUIET -> String.format(Locale.ROOT, "the machine stayed busy for %s after %d pairs, so no more were"
            + " measured", TimingSettings.text(goal.quietWait()), pairs);
      };
    }
  }

  /**
   * Measures pairs after the {@code pairs} (of which {@code counted} count) already in the series,
   * until the goal is met; returns why it stopped.
   */
  static Stop run(Goal goal, int pairs, int counted, PairMeasurer measurer, Sleeper sleeper) throws Exception {
    int all = pairs;
    int good = counted;
    while (good < goal.counted()) {
      if (all >= goal.maxPairs()) {
        return Stop.PAIRS_SPENT;
      }
      if (System.nanoTime() - goal.deadlineNanos() >= 0) {
        return Stop.TIME_SPENT;
      }
      Measured measured = measurer.measure(all % 2 == 0);
      all++;
      if (measured.disturbance().isEmpty()) {
        good++;
      } else if (waitsForQuiet(measured.disturbance().get().source())
          && !waitForQuiet(goal, measured.cpusNeeded(), sleeper)) {
        return Stop.NEVER_QUIET;
      }
    }
    return Stop.REACHED;
  }

  /** Whether a pair disturbed by {@code source} is measured again only once the machine is quiet. */
  private static boolean waitsForQuiet(NoiseSource source) {
    return source == NoiseSource.FOREIGN_LOAD || source == NoiseSource.STEAL;
  }

  /**
   * Looks at the machine's load every {@link #QUIET_LOOK} until other processes leave the CPUs the
   * claim needs, for at most the goal's quiet wait (and never past its deadline); true once quiet.
   */
  static boolean waitForQuiet(Goal goal, int cpusNeeded, Sleeper sleeper) throws InterruptedException {
    if (goal.clock() != ClockKind.REAL) {
      return true;
    }
    int cpus = Runtime.getRuntime().availableProcessors();
    double allowed = cpus - cpusNeeded + Noise.FOREIGN_MARGIN_CPUS;
    long until = Math.min(System.nanoTime() + goal.quietWait().toNanos(), goal.deadlineNanos());
    while (System.nanoTime() - until < 0) {
      MachineLoad.Reading before = MachineLoad.read();
      sleeper.sleep(QUIET_LOOK);
      MachineLoad.Reading after = MachineLoad.read();
      double busy = MachineLoad.foreignCpus(before, after) + MachineLoad.stealCpus(before, after);
      if (Double.isNaN(busy) || busy <= allowed) {
        return true;
      }
    }
    return false;
  }
}
