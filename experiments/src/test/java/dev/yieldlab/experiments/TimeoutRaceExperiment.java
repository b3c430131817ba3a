package dev.yieldlab.experiments;

import static dev.yieldlab.api.YieldlabAssertions.assertThat;

import dev.yieldlab.api.Check;
import dev.yieldlab.api.Experiment;
import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.Run;
import dev.yieldlab.api.Runs;
import dev.yieldlab.api.TimeoutExpiredException;
import dev.yieldlab.api.timeline.Timeline;
import dev.yieldlab.api.timeline.WakeUp;
import dev.yieldlab.experiments.support.Millis;
import java.time.Duration;

/**
 * A call that takes longer than its timeout, raced by {@code withTimeout}: at the deadline the call
 * is cancelled where it waits, its cleanup runs, and the caller resumes with a timeout; how late is
 * compared with the loop's timer lag for a plain sleep of the same length, measured in the same run.
 */
@Experiment(claim = "W3", title = "A timeout cancels a slow call at its deadline, and its cleanup runs")
class TimeoutRaceExperiment {

  static final Duration CALL = Duration.ofMillis(500);
  static final Duration TIMEOUT = Duration.ofMillis(100);
  static final String CALL_STARTED = "call started";
  static final String CLEANED_UP = "call cleaned up";
  static final String TIMED_OUT = "caller: timed out";
  /** Plain sleeps of the timeout's length before the race: the loop's timer lag in this run, to compare with. */
  static final int REFERENCE_SLEEPS = 5;

  @Run(value = "plain 100 ms sleeps, then a 500 ms call under a 100 ms timeout", measured = true)
  String raceTheCall(Loop loop) {
    for (int i = 0; i < REFERENCE_SLEEPS; i++) {
      loop.sleep(TIMEOUT);
    }
    try {
      return loop.withTimeout("slow call", TIMEOUT, () -> {
        loop.log(CALL_STARTED);
        try {
          loop.sleep(CALL);
          return "answered";
        } finally {
          loop.log(CLEANED_UP);
        }
      });
    } catch (TimeoutExpiredException expired) {
      loop.log(TIMED_OUT);
      return expired.getMessage();
    }
  }

  /**
   * The caller resumes within one timer lag of the deadline: the interrupted call's task gets the
   * thread back no later than the largest lag of the run's plain sleeps of the same length, plus
   * 0.5 ms (the spread of timer lag on this machine, medians of 0.2-0.4 ms). Read off the
   * interrupted sleep's wake-up. The run is measured (a warm-up first): in a fresh JVM the first
   * timeout to fire loads and interprets its classes for about a millisecond, which is the JVM's
   * start, not the loop's lag; the time to the caller's catch, exceptions built, is reported.
   */
  @Check("the call is cancelled at the deadline, its cleanup runs, and the caller resumes within one timer lag")
  void cancelledAtTheDeadline(Runs runs, Report report) {
    Timeline timeline = runs.get("raceTheCall").timeline();
    assertThat(runs.get("raceTheCall").value(String.class))
        .isEqualTo("block 'slow call' timed out after PT0.1S: it was cancelled at its deadline");
    assertThat(timeline).happenedBefore(CALL_STARTED, CLEANED_UP).happenedBefore(CLEANED_UP, TIMED_OUT)
        .logs().doesNotContain("answered");
    WakeUp interrupted = timeline.task("raceTheCall").wakeUps().stream().filter(w -> w.slept().equals(CALL))
        .findFirst().orElseThrow();
    Duration resumeLag = Duration.ofNanos(interrupted.resumedAtNanos() - interrupted.sleptAtNanos()).minus(TIMEOUT);
    Duration sleepLag = timeline.task("raceTheCall").wakeUps().stream().filter(w -> w.slept().equals(TIMEOUT))
        .map(WakeUp::lag).max(Duration::compareTo).orElseThrow();
    report.entry("interrupted call resumed after the deadline", Millis.of(resumeLag));
    report.entry("to the caller's catch after the deadline",
        Millis.of(timeline.betweenLogs(CALL_STARTED, TIMED_OUT).minus(TIMEOUT)));
    report.entry("largest timer lag of " + REFERENCE_SLEEPS + " plain sleeps in the same run",
        Millis.of(sleepLag));
    assertThat(resumeLag).isLessThanOrEqualTo(sleepLag.plus(Duration.ofMillis(1).dividedBy(2)));
    assertThat(timeline.betweenLogs(CALL_STARTED, TIMED_OUT)).isLessThan(CALL);
  }
}
