package com.example.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.timing.ElapsedRatio;
import java.time.Duration;

/**
 * A timing claim, stated as it should be: as ratios between runs measured in the same JVM, on the
 * REAL clock (the default), so that a slower machine changes the times but not the claim. For each
 * check the engine times the two runs it compares in pairs, back to back in alternating order, and
 * the claim holds when the ratio's whole 95 % interval lies in its band (confirmed), fails when it
 * lies wholly outside (refuted), and is otherwise inconclusive while more pairs are measured. The runs
 * are measured too: their own medians are on their pages.
 */
@Experiment(claim = "overlap", title = "Gathered sleeps overlap")
class SleepOverlapExperiment {

  static final Duration NAP = Duration.ofMillis(100);

  @Run(value = "one 100 ms sleep", measured = true)
  void oneSleep(Loop loop) {
    loop.sleep(NAP);
  }

  @Run(value = "three 100 ms sleeps gathered", measured = true)
  void threeGathered(Loop loop) {
    loop.gather(
        loop.spawn("nap1", () -> loop.sleep(NAP)),
        loop.spawn("nap2", () -> loop.sleep(NAP)),
        loop.spawn("nap3", () -> loop.sleep(NAP)));
  }

  @Run(value = "three 100 ms sleeps one after another", measured = true)
  void threeInTurn(Loop loop) {
    for (int i = 0; i < 3; i++) {
      loop.sleep(NAP);
    }
  }

  /** Timer lag is a few milliseconds against 100 ms of sleep: ± 0.2 tells 1 from 3 with room to spare. */
  @Check(value = "three gathered sleeps take as long as one (elapsed ratio ≈ 1)", runs = {"threeGathered", "oneSleep"})
  void gatheredSleepsOverlap(Runs runs) {
    assertThat(ElapsedRatio.of(runs.get("threeGathered"), runs.get("oneSleep"))).isCloseTo(1.0, 0.2);
  }

  @Check(value = "three sleeps in turn take three times as long (elapsed ratio ≈ 3)", runs = {"threeInTurn", "oneSleep"})
  void sleepsInTurnAddUp(Runs runs) {
    assertThat(ElapsedRatio.of(runs.get("threeInTurn"), runs.get("oneSleep"))).isCloseTo(3.0, 0.3);
  }
}
