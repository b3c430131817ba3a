package dev.yieldlab.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Expect;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Task;
import dev.yieldlab.experiments.support.Unfinished;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * bpo-27585 (bugs.python.org/issue27585, fixed by python/cpython#1031): a waiter of {@code asyncio.Lock}
 * that was woken by a release and is cancelled before it runs leaves the lock free and the next waiter
 * parked forever. Ported in {@link AsyncioLockPort}, with and without the fix. The main task holds the
 * lock while two tasks line up behind it, then releases it; a third task cancels the first waiter after
 * two yields: in FIFO order the
 * cancellation comes once that waiter holds the lock, and its {@code finally} releases it, so FIFO
 * never shows the bug; explored, some schedule lets the canceller in between the wake-up and the
 * woken waiter's turn.
 */
@Experiment(claim = "E4", title = "bpo-27585: a woken asyncio.Lock waiter cancelled before it runs")
class AsyncioLockCancelExperiment {

  /** How the run ended: who held the lock, how many at once at most, and who was left waiting. */
  record Outcome(List<String> holders, int mostAtOnce, boolean lockFree, List<String> parked) {
    @Override
    public String toString() {
      return "held by " + holders + ", at most " + mostAtOnce + " at once; at the end the lock is "
          + (lockFree ? "free" : "held") + ", parked: " + (parked.isEmpty() ? "none" : parked);
    }
  }

  static Outcome contend(Loop loop, boolean fixed) {
    AsyncioLockPort lock = new AsyncioLockPort(loop, fixed);
    List<String> holders = new ArrayList<>();
    int[] inside = {0, 0}; // now, most
    Function<String, Loop.CoroutineBody> critical = name -> () -> {
      lock.acquire();
      try {
        holders.add(name);
        inside[1] = Math.max(inside[1], ++inside[0]);
        loop.yieldNow();
      } finally {
        inside[0]--;
        lock.release();
      }
    };
    lock.acquire(); // the main task holds the lock while the others line up
    holders.add("main");
    inside[0] = inside[1] = 1;
    Task<Void> first = loop.spawn("first waiter", critical.apply("first waiter"));
    Task<Void> second = loop.spawn("second waiter", critical.apply("second waiter"));
    loop.spawn("canceller", () -> {
      loop.yieldNow();
      loop.yieldNow();
      first.cancel("cancelled by the canceller");
    });
    loop.yieldNow();
    inside[0]--;
    lock.release();
    loop.sleep(Duration.ofSeconds(1)); // every task has ended or waits for good
    return new Outcome(List.copyOf(holders), inside[1], !lock.locked(), Unfinished.of(first, second));
  }

  @Run("asyncio.Lock before bpo-27585's fix: the main task releases it to two waiters, the first cancelled after two yields")
  @Explore
  Outcome beforeTheFix(Loop loop) {
    return contend(loop, false);
  }

  @Run("asyncio.Lock with bpo-27585's fix: the same tasks")
  @Explore
  Outcome withTheFix(Loop loop) {
    return contend(loop, true);
  }

  @Check(value = "before bpo-27585's fix, a schedule cancels a woken waiter before it runs: the lock stays free"
      + " and the next waiter is parked forever", runs = "beforeTheFix", expect = Expect.REFUTED)
  void bugFound(Runs runs, Report report) {
    noWaiterParkedWhileFree(runs.get("beforeTheFix").value(Outcome.class), report);
  }

  @Check(value = "with bpo-27585's fix, no waiter is parked while the lock is free and never two hold it, in every"
      + " schedule", runs = "withTheFix")
  void fixHolds(Runs runs, Report report) {
    noWaiterParkedWhileFree(runs.get("withTheFix").value(Outcome.class), report);
  }

  private static void noWaiterParkedWhileFree(Outcome outcome, Report report) {
    report.entry("outcome", outcome.toString());
    assertThat(outcome.mostAtOnce()).as("most holders at once").isLessThanOrEqualTo(1);
    if (outcome.lockFree()) {
      assertThat(outcome.parked()).as("waiters parked while the lock is free").isEmpty();
    }
  }
}
