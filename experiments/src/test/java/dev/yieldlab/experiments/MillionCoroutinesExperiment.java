package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.Task;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A new user's first scale test: 1,000,000 coroutines that each sleep 10 ms, gathered, on the REAL
 * clock. Their sleeps overlap, so the run takes the spawning plus about one sleep, not 10^6 of them;
 * its timeline reaches the recorder's limit of 1,000,000 events during the spawns, and its page in
 * the report draws the tasks that matter and folds the rest into density lanes
 * (engine/src/test/java/dev/yieldlab/allure/ReportBoundsTest asserts the sizes).
 */
@Experiment(claim = "S1", title = "A million coroutines sleep together")
class MillionCoroutinesExperiment {

  static final int TASKS = 1_000_000;
  static final Duration SLEEP = Duration.ofMillis(10);

  @Run(value = "a million coroutines sleep 10 ms", timeout = "2m")
  int millionSleepers(Loop loop) {
    List<Task<Void>> tasks = new ArrayList<>(TASKS);
    for (int i = 0; i < TASKS; i++) {
      String name = "sleeper-" + i;
      boolean logs = i % 250_000 == 0;
      tasks.add(loop.spawn(name, () -> {
        loop.sleep(SLEEP);
        if (logs) {
          loop.log(name + " woke");
        }
      }));
    }
    loop.gather(tasks.toArray(Task[]::new));
    return tasks.size();
  }

  /**
   * Elapsed against the sum of all sleeps, in the same run: one after the other would be 10^4 s,
   * together it is seconds. Below 1/1000 leaves a wide margin on a loaded machine (measured 3-10 s).
   */
  @Check(value = "all of them end, together: elapsed is a tiny fraction of their sleeps' sum", runs = "millionSleepers")
  void sleepTogether(Runs runs, Report report) {
    RunResult run = runs.get("millionSleepers");
    double ratio = (double) run.elapsed().toNanos() / (SLEEP.toNanos() * (double) TASKS);
    report.finding(String.format(Locale.ROOT, "yieldlab: 1,000,000 coroutines sleeping 10 ms each took %.1f s together,"
        + " %.5f of their sleeps' sum", run.elapsed().toNanos() / 1e9, ratio));
    org.assertj.core.api.Assertions.assertThat(run.value(Integer.class)).as("coroutines gathered").isEqualTo(TASKS);
    org.assertj.core.api.Assertions.assertThat(ratio).as("elapsed / (10^6 x 10 ms)").isLessThan(1e-3);
  }

  /** The timeline says where it stopped recording instead of pretending it holds every event. */
  @Check(value = "the timeline says it kept 1,000,000 events and how many it did not", runs = "millionSleepers")
  void timelineSaysWhatItCut(Runs runs) {
    var timeline = runs.get("millionSleepers").timeline();
    org.assertj.core.api.Assertions.assertThat(timeline.recordingLimit()).as("the recorder's limit note")
        .hasValueSatisfying(limit -> org.assertj.core.api.Assertions.assertThat(limit.droppedEvents()).isPositive());
    assertThat(timeline).allOnOneThread();
  }
}
