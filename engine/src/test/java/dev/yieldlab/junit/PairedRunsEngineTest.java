package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.childId;
import static dev.yieldlab.junit.YieldlabKit.entriesOf;
import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.paired.MalformedPairedFixture;
import dev.yieldlab.junit.fixtures.paired.PairedFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.TestAbortedException;

/**
 * {@code @Run(paired = true)} through the real engine, on the VIRTUAL clock: the protocol (a warm-up
 * pair, then pairs in alternating order until enough count), quiet-pair filtering, the repetitions it
 * reports, the configuration that sizes it, and paired runs declared wrongly.
 */
@DisplayName("Paired runs")
class PairedRunsEngineTest {

  @BeforeEach
  void forgetTheOrder() {
    PairedFixture.ORDER.clear();
  }

  private static EngineExecutionResults run(String repetitions) {
    return virtual().configurationParameter("yieldlab.repetitions", repetitions)
        .selectors(selectClass(PairedFixture.class)).execute();
  }

  private static List<String> order(String run) {
    return PairedFixture.ORDER.stream().filter(side -> side.startsWith(run + ":"))
        .map(side -> side.substring(run.length() + 1)).toList();
  }

  @Test
  @DisplayName("a warm-up pair, then yieldlab.repetitions pairs whose order alternates; checks read the ratio")
  void protocol() {
    EngineExecutionResults results = run("3");

    assertThat(order("twice")).containsExactly("BASELINE", "TREATMENT",
        "BASELINE", "TREATMENT", "TREATMENT", "BASELINE", "BASELINE", "TREATMENT");
    Map<String, String> entries = entriesOf(results, childId(PairedFixture.class, "check", "treatmentTakesTwice"));
    assertThat(entries).containsEntry("pairs", "3").containsEntry("median", "2.000")
        .containsEntry("baseline first", "[true, false, true]");
  }

  @Test
  @DisplayName("the run reports its true repetitions: one warm-up pair and the pairs it measured")
  void reportsPairsAsRepetitions() {
    EngineExecutionResults results = run("5");

    Map<String, String> measures = entriesOf(results, childId(PairedFixture.class, "run", "twice"));
    assertThat(measures).containsEntry("repetitions", "1"); // one loop run, in which the pairs were made
    assertThat(order("twice")).hasSize(2 + 2 * 5);
  }

  @Test
  @DisplayName("pairs measured on a busy machine do not count; up to twice the repetitions are tried to find quiet ones")
  void onlyQuietPairsCount() {
    EngineExecutionResults results = run("3");

    // The warm-up pair and pairs 1 and 2 were busy; pairs 3, 4 and 5 were quiet: 5 pairs, 3 counted.
    Map<String, String> entries = entriesOf(results, childId(PairedFixture.class, "check", "onlyQuietPairsCount"));
    assertThat(entries).containsEntry("pairs", "5").containsEntry("quiet", "3");
  }

  @Test
  @DisplayName("with no quiet pair at all, the check is aborted with the loads seen, never passed; R pairs are tried, not 2R")
  void noQuietPairAbortsTheCheck() {
    EngineExecutionResults results = run("3");

    assertThat(resultOf(results, "check:abortedWithoutQuietPairs").getStatus()).isEqualTo(Status.ABORTED);
    assertThat(failureOf(results, "check:abortedWithoutQuietPairs")).isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("alwaysBusy: no pair was measured while other processes kept < 0.5 CPU busy")
        .hasMessageContaining("[1.50 / 1.50, 1.50 / 1.50, 1.50 / 1.50]");
    assertThat(order("alwaysBusy")).hasSize(2 + 2 * 3);
  }

  @Test
  @DisplayName("paired runs declared wrongly are discovery issues naming the fix; a side that returns null fails its run")
  void malformedPairedRuns() {
    List<String> issues = virtual().selectors(selectClass(MalformedPairedFixture.class)).discover()
        .getDiscoveryIssues().stream().map(DiscoveryIssue::message).toList();

    assertThat(issues).anySatisfy(m -> assertThat(m).contains("noSide(Loop) is paired but takes no dev.yieldlab.api.PairSide"))
        .anySatisfy(m -> assertThat(m).contains("pairedAndMeasured(Loop, PairSide) is both paired and measured"))
        .anySatisfy(m -> assertThat(m).contains("sideWithoutPairing(Loop, PairSide) takes a PairSide but is not paired"))
        .anySatisfy(m -> assertThat(m).contains("notASample(Loop, PairSide) is paired but returns String"))
        .hasSize(4);

    EngineExecutionResults results = virtual().selectors(selectClass(MalformedPairedFixture.class)).execute();
    assertThat(failureOf(results, "run:returnsNullForASide")).isInstanceOf(IllegalStateException.class)
        .hasMessage("paired run 'returnsNullForASide' returned null for its BASELINE side: return a"
            + " dev.yieldlab.api.PairedSample (e.g. a WorkersResult) for every side");
    assertThat(resultOf(results, "run:fine").getStatus()).isEqualTo(Status.SUCCESSFUL);
  }
}
