package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.entriesOf;
import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.yieldlab.api.explore.ScheduleRefutation;
import dev.yieldlab.junit.fixtures.explore.BigRunFixture;
import dev.yieldlab.junit.fixtures.explore.CheckThenActFixture;
import dev.yieldlab.junit.fixtures.explore.NondeterministicFixture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

@DisplayName("Exploring: replay by id, settings from the command line, bad input")
class ExplorationSettingsEngineTest {

  private static ScheduleRefutation refutationOfOneWinner() {
    EngineExecutionResults results = virtual().selectors(selectClass(CheckThenActFixture.class)).execute();
    return (ScheduleRefutation) failureOf(results, "check:oneWinner");
  }

  @Test
  @DisplayName("the id a refutation prints replays that schedule alone, through -Dtest=X#check, and refutes again")
  void replayById() {
    String id = refutationOfOneWinner().schedule().toString();
    EngineExecutionResults replayed = virtual().configurationParameter("yieldlab.schedule", id)
        .selectors(selectMethod(CheckThenActFixture.class, "oneWinner", "dev.yieldlab.api.Runs, dev.yieldlab.api.Report")).execute();
    Throwable again = failureOf(replayed, "check:oneWinner");
    assertThat(again).isInstanceOf(ScheduleRefutation.class).hasMessageContaining("refuted by schedule " + id);
    assertThat(entriesOf(replayed, YieldlabKit.childId(CheckThenActFixture.class, "run", "unguarded")))
        .containsEntry("explored", "the replayed schedule " + id);
  }

  @Test
  @DisplayName("a strategy's draw (strategy-seed-index) replays as well as a list of deviations")
  void replayByDraw() {
    EngineExecutionResults explored = virtual().configurationParameter("yieldlab.explore.strategies", "random")
        .selectors(selectClass(CheckThenActFixture.class)).execute();
    String message = failureOf(explored, "check:oneWinner").getMessage();
    String run = ((ScheduleRefutation) failureOf(explored, "check:oneWinner")).schedule().toString().substring(0, 8);
    java.util.regex.Matcher found = java.util.regex.Pattern.compile("found by random, seed 1, schedule #([\\d,]+)")
        .matcher(message);
    assertThat(found.find()).as(message).isTrue();
    String drawn = run + ":random-1-" + found.group(1).replace(",", "");
    EngineExecutionResults replayed = virtual().configurationParameter("yieldlab.schedule", drawn)
        .selectors(selectMethod(CheckThenActFixture.class, "oneWinner", "dev.yieldlab.api.Runs, dev.yieldlab.api.Report")).execute();
    assertThat(failureOf(replayed, "check:oneWinner")).isInstanceOf(ScheduleRefutation.class);
  }

  @Test
  @DisplayName("an id made for another run is a discovery warning naming the selected runs; they explore as usual")
  void idOfAnotherRun() {
    assertThat(virtual().configurationParameter("yieldlab.schedule", "0000beef:2=1")
        .selectors(selectClass(CheckThenActFixture.class)).discover().getDiscoveryIssues()).extracting(DiscoveryIssue::message).anySatisfy(message ->
        assertThat(message).contains("yieldlab.schedule=0000beef:2=1 was made for another run")
            .contains("CheckThenActFixture.unguarded"));
    EngineExecutionResults results = virtual().configurationParameter("yieldlab.schedule", "0000beef:2=1")
        .selectors(selectClass(CheckThenActFixture.class)).execute();
    assertThat(failureOf(results, "check:oneWinner")).isInstanceOf(ScheduleRefutation.class);
    assertThat(resultOf(results, "check:oneWinnerWithLock").getStatus()).isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  @DisplayName("an id that does not fit its run (another build) fails that run with a clear message, nothing else")
  void idThatDoesNotFit() {
    String id = refutationOfOneWinner().schedule().toString();
    String tooLong = id.substring(0, 9) + "900=1";
    EngineExecutionResults results = virtual().configurationParameter("yieldlab.schedule", tooLong)
        .selectors(selectClass(CheckThenActFixture.class)).execute();
    assertThat(failureOf(results, "run:unguarded")).hasMessageContaining("the schedule deviates at choice point 900");
    assertThat(resultOf(results, "check:oneWinnerWithLock").getStatus()).isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  @DisplayName("malformed settings fail the explored runs with a message naming the key; other runs are unaffected")
  void malformedSettings() {
    for (String[] setting : new String[][] {{"yieldlab.explore.seed", "seven", "is not a seed"},
        {"yieldlab.explore.schedules", "0", "a budget of 0 schedules explores nothing"},
        {"yieldlab.explore.budget", "0s", "must be longer than zero"},
        {"yieldlab.explore.strategies", "fastest", "'fastest' is not a strategy"},
        {"yieldlab.explore.shard", "3/2", "is not a shard"},
        {"yieldlab.schedule", "random", "is not a schedule id"}}) {
      EngineExecutionResults results = virtual().configurationParameter(setting[0], setting[1])
          .selectors(selectClass(CheckThenActFixture.class)).execute();
      assertThat(failureOf(results, "run:unguarded")).as(setting[0]).hasMessageContaining(setting[0])
          .hasMessageContaining(setting[2]);
    }
  }

  @Test
  @DisplayName("a schedule that replays differently makes the verdict 'nondeterministic', an abort, never a refutation")
  void nondeterministic() {
    EngineExecutionResults results = virtual().selectors(selectClass(NondeterministicFixture.class)).execute();
    assertThat(resultOf(results, "check:aBeforeB").getStatus()).isEqualTo(Status.ABORTED);
    assertThat(failureOf(results, "check:aBeforeB")).hasMessageContaining("no verdict")
        .hasMessageContaining("does not replay the same");
  }

  @Test
  @DisplayName("a run too large for an exhaustive search says so and goes on with the portfolio, the scope counting each")
  void tooLargeForExhaustive() {
    EngineExecutionResults results = virtual().selectors(selectClass(BigRunFixture.class)).execute();
    assertThat(resultOf(results, "check:everyStepCounted").getStatus()).isEqualTo(Status.SUCCESSFUL);
    String scope = entriesOf(results, YieldlabKit.childId(BigRunFixture.class, "check", "everyStepCounted"))
        .get("explored");
    assertThat(scope).startsWith("held in 400 schedules: fifo 1, exhaustive").contains("random").contains("pct3")
        .contains("pos");
  }

  @Test
  @DisplayName("shards explore disjoint draws: shard 2/2 of random starts at index 1")
  void shards() {
    EngineExecutionResults results = virtual().configurationParameter("yieldlab.explore.strategies", "random")
        .configurationParameter("yieldlab.explore.shard", "2/2")
        .selectors(selectClass(CheckThenActFixture.class)).execute();
    assertThat(failureOf(results, "check:oneWinner").getMessage()).containsPattern("schedule #\\d*[13579],? ");
  }
}
