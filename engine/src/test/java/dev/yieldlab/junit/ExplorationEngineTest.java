package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.entriesOf;
import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.api.explore.ScheduleRefutation;
import dev.yieldlab.junit.fixtures.explore.CheckThenActFixture;
import dev.yieldlab.junit.fixtures.explore.DeadlockOnOneScheduleFixture;
import dev.yieldlab.junit.fixtures.explore.UnexplorableFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("Explored runs: checks judged on every schedule")
class ExplorationEngineTest {

  @Test
  @DisplayName("a race FIFO hides is refuted by a schedule, named with its replay command line; a lock holds in all")
  void raceRefutedLockHolds() {
    EngineExecutionResults results = virtual().selectors(selectClass(CheckThenActFixture.class)).execute();
    assertThat(resultOf(results, "run:unguarded").getStatus()).isEqualTo(Status.SUCCESSFUL);
    Throwable refuted = failureOf(results, "check:oneWinner");
    System.out.println(refuted.getMessage());
    assertThat(refuted).isInstanceOf(ScheduleRefutation.class)
        .hasMessageContaining("refuted by schedule " + ((ScheduleRefutation) refuted).schedule())
        .hasMessageContaining("replay: mvn test -Dtest=CheckThenActFixture#oneWinner -Dyieldlab.schedule=")
        .hasMessageContaining("instead of task 'first'");
    assertThat(resultOf(results, "check:raceIsFound").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "check:oneWinnerWithLock").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(entriesOf(results, YieldlabKit.childId(CheckThenActFixture.class, "check", "oneWinnerWithLock")))
        .containsKey("explored");
    System.out.println(entriesOf(results, YieldlabKit.childId(CheckThenActFixture.class, "check", "oneWinnerWithLock")));
    assertThat(failureOf(results, "check:lockRefutedWrongly"))
        .hasMessageContaining("expected a schedule to refute this check, but it held in all");
  }

  @Test
  @DisplayName("a deadlock that one schedule reaches refutes the check, naming the wait cycle")
  void deadlockRefutes() {
    EngineExecutionResults results = virtual().selectors(selectClass(DeadlockOnOneScheduleFixture.class)).execute();
    Throwable refuted = failureOf(results, "check:bothFinish");
    System.out.println(refuted.getMessage());
    assertThat(refuted).isInstanceOf(ScheduleRefutation.class).hasMessageContaining("cycle");
  }

  @Test
  @DisplayName("a run that hands work to a thread, or is measured, cannot be explored: a clear message, the rest runs")
  void unexplorable() {
    EngineExecutionResults results = virtual().selectors(selectClass(UnexplorableFixture.class)).execute();
    System.out.println(failureOf(results, "run:handsWorkToAThread").getMessage());
    assertThat(failureOf(results, "run:handsWorkToAThread")).hasMessageContaining("loop.toThread(\"lookup\"")
        .hasMessageContaining("drop @Explore");
    assertThat(results.testEvents().finished().list()).isNotEmpty();
    assertThat(resultOf(results, "check:plainRan").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(virtual().selectors(selectClass(UnexplorableFixture.class)).discover().getDiscoveryIssues())
        .extracting(org.junit.platform.engine.DiscoveryIssue::message)
        .anySatisfy(message -> assertThat(message).contains("UnexplorableFixture.measured(Loop) is @Explore'd but is"
            + " measured: its elapsed times are REAL-clock evidence").endsWith("or drop @Explore"))
        .anySatisfy(message -> assertThat(message).contains("readsEveryRun(Runs) reads every run of UnexplorableFixture")
            .contains("are all @Explore'd: a check is judged on the schedules of one explored run"));
  }
}
