package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Expect;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Explore;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Strategy;
import dev.yieldlab.api.Task;
import dev.yieldlab.api.sync.Lock;

/**
 * E1: two coroutines check a shared flag, yield, then claim it. The second yields twice before its
 * check, so in the FIFO order the first has claimed the flag by the time the second looks: run as it
 * always runs, the race never shows. Explored, a schedule in which the second looks before the first
 * claims lets both win. The same code with a {@link Lock} around check and claim holds in every
 * schedule, which the exhaustive search can say of all of them.
 */
@Experiment(claim = "E1", title = "Check-then-act across a yield is a race that FIFO hides and exploration finds")
class CheckThenActExperiment {

  /** How many coroutines claimed the flag. */
  static int claim(Loop loop, Lock lock) {
    int[] winners = {0};
    boolean[] claimed = {false};
    Loop.CoroutineBody checkThenAct = () -> {
      if (!claimed[0]) {
        loop.yieldNow(); // e.g. a lookup awaited between the check and the act
        claimed[0] = true;
        winners[0]++;
        loop.log("claimed the flag");
      }
    };
    Loop.CoroutineBody attempt = lock == null ? checkThenAct : () -> lock.withLock(checkThenAct);
    Task<?> first = loop.spawn("first", () -> {
      attempt.run();
      return null;
    });
    Task<?> second = loop.spawn("second", () -> {
      loop.yieldNow();
      loop.yieldNow();
      attempt.run();
      return null;
    });
    loop.gather(first, second);
    return winners[0];
  }

  @Run("check, yield, act: the one FIFO order")
  Integer fifoOnly(Loop loop) {
    return claim(loop, null);
  }

  @Run("check, yield, act: explored")
  @Explore
  Integer unguarded(Loop loop) {
    return claim(loop, null);
  }

  @Run("check, yield, act under a lock: every schedule")
  @Explore(strategies = Strategy.EXHAUSTIVE)
  Integer guarded(Loop loop) {
    return claim(loop, loop.lock("flag"));
  }

  @Check(value = "run as it always runs (FIFO), exactly one coroutine claims the flag", runs = "fifoOnly")
  void fifoHidesTheRace(Runs runs) {
    assertThat(runs.get("fifoOnly").value(Integer.class)).as("coroutines that claimed the flag").isEqualTo(1);
  }

  @Check(value = "explored, a schedule lets both coroutines claim the flag", runs = "unguarded", expect = Expect.REFUTED)
  void explorationFindsTheRace(Runs runs) {
    assertThat(runs.get("unguarded").value(Integer.class)).as("coroutines that claimed the flag").isEqualTo(1);
  }

  @Check(value = "with a lock around check and act, exactly one claims it in every schedule", runs = "guarded")
  void lockHoldsInEverySchedule(Runs runs) {
    assertThat(runs.get("guarded").value(Integer.class)).as("coroutines that claimed the flag").isEqualTo(1);
  }
}
