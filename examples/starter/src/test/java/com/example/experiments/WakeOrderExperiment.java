package com.example.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Task;
import java.time.Duration;

/**
 * An ordering claim, read off the run's timeline: each sleeper logs when it wakes, and the checks
 * assert the order of those lines. Each check names the run it reads, so selecting one check
 * ({@code mvn test -Dtest=WakeOrderExperiment#earliestDeadlineWakesFirst}) runs that run only.
 */
@Experiment(claim = "wake-order", title = "Sleepers wake in deadline order")
class WakeOrderExperiment {

  static Task<Void> sleeper(Loop loop, String name, long millis) {
    return loop.spawn(name, () -> {
      loop.sleep(Duration.ofMillis(millis));
      loop.log(name + " woke");
    });
  }

  @Run("three equal sleeps, started one after another")
  void equalSleeps(Loop loop) {
    loop.gather(sleeper(loop, "first", 20), sleeper(loop, "second", 20), sleeper(loop, "third", 20));
  }

  @Run("three sleeps of 30, 10 and 20 ms")
  void staggeredSleeps(Loop loop) {
    loop.gather(sleeper(loop, "slow", 30), sleeper(loop, "fast", 10), sleeper(loop, "middle", 20));
  }

  @Check(value = "equal sleeps wake in the order they started", runs = "equalSleeps")
  void equalSleepsKeepTheirOrder(Runs runs) {
    assertThat(runs.get("equalSleeps").timeline())
        .allOnOneThread()
        .logs().containsExactly("first woke", "second woke", "third woke");
  }

  @Check(value = "the earliest deadline wakes first", runs = "staggeredSleeps")
  void earliestDeadlineWakesFirst(Runs runs) {
    assertThat(runs.get("staggeredSleeps").timeline())
        .logs().containsExactly("fast woke", "middle woke", "slow woke");
  }
}
