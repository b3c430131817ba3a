package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.childId;
import static dev.yieldlab.junit.YieldlabKit.entriesOf;
import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.api.timing.InconclusiveTimingException;
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

/**
 * {@code @Run(paired = true)} through the real engine, on the VIRTUAL clock: the protocol (a warm-up
 * pair, then pairs in alternating order until enough count), disturbed pairs measured again, the repetitions it
 * reports, the configuration that sizes it, and paired runs declared wrongly.
 */
@DisplayName("Paired runs")
class PairedRunsEngineTest {

  @BeforeEach
  void forgetTheOrder() {
    PairedFixture.ORDER.clear();
  }

  private static EngineExecutionResults run(String repetitions) {
    return virtual().configurationParameter("yieldlab.timing.pairs", repetitions)
        .selectors(selectClass(PairedFixture.class)).execute();
  }

  private static List<String> order(String run) {
    return PairedFixture.ORDER.stream().filter(side -> side.startsWith(run + ":"))
        .map(side -> side.substring(run.length() + 1)).toList();
  }

  @Test
  @DisplayName("a warm-up pair, then yieldlab.timing.pairs pairs whose order alternates; checks judge the ratio's interval")
  void protocol() {
    EngineExecutionResults results = run("3");

    assertThat(order("twice")).containsExactly("BASELINE", "TREATMENT",
        "BASELINE", "TREATMENT", "TREATMENT", "BASELINE", "BASELINE", "TREATMENT");
    Map<String, String> entries = entriesOf(results, childId(PairedFixture.class, "check", "treatmentTakesTwice"));
    assertThat(entries).containsEntry("pairs", "3").containsEntry("ratio", "twice / once = 2.00 × [2.00, 2.00] (95 %, 3 pairs)")
        .containsEntry("baseline first", "[true, false, true]");
    assertThat(resultOf(results, "check:treatmentTakesTwice").getStatus()).isEqualTo(Status.SUCCESSFUL);
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
  @DisplayName("disturbed pairs do not count and are measured again: up to twice the first pairs in the run's own test")
  void onlyPairsThatCountCount() {
    EngineExecutionResults results = run("3");

    // The warm-up pair and pairs 1 and 2 were disturbed; pairs 3, 4 and 5 were not: 5 pairs, 3 counted.
    Map<String, String> entries = entriesOf(results, childId(PairedFixture.class, "check", "onlyQuietPairsCount"));
    assertThat(entries).containsEntry("pairs", "5").containsEntry("counted", "3");
  }

  @Test
  @DisplayName("with no pair that counts, the check measures more up to its budget, then ends inconclusive naming the"
      + " precondition, never passed")
  void noPairThatCountsIsInconclusive() {
    EngineExecutionResults results = run("3");

    assertThat(resultOf(results, "check:inconclusiveWithoutPairsThatCount").getStatus()).isEqualTo(Status.ABORTED);
    assertThat(failureOf(results, "check:inconclusiveWithoutPairsThatCount")).isInstanceOf(InconclusiveTimingException.class)
        .hasMessageContaining("inconclusive (foreign load: its precondition did not hold in any pair: something else used"
            + " its CPU; 8 of 8 pairs did not count: foreign load ×8)")
        .hasMessageEndingWith("budget spent: 8 of 8 pairs measured");
    // The run's own test: a warm-up pair and 2 × 3 pairs; the check: 2 more, its budget being 8.
    assertThat(order("alwaysBusy")).hasSize(2 + 2 * 8);
  }

  @Test
  @DisplayName("paired runs declared wrongly are discovery issues naming the fix; a side that returns null fails its run")
  void malformedPairedRuns() {
    List<String> issues = virtual().selectors(selectClass(MalformedPairedFixture.class)).discover()
        .getDiscoveryIssues().stream().map(DiscoveryIssue::message).toList();

    assertThat(issues).anySatisfy(m -> assertThat(m).contains("noSide(Loop) is paired but takes no dev.yieldlab.api.timing.PairSide"))
        .anySatisfy(m -> assertThat(m).contains("pairedAndMeasured(Loop, PairSide) is both paired and measured"))
        .anySatisfy(m -> assertThat(m).contains("sideWithoutPairing(Loop, PairSide) takes a PairSide but is not paired"))
        .anySatisfy(m -> assertThat(m).contains("notASample(Loop, PairSide) is paired but returns String"))
        .hasSize(4);

    EngineExecutionResults results = virtual().selectors(selectClass(MalformedPairedFixture.class)).execute();
    assertThat(failureOf(results, "run:returnsNullForASide")).isInstanceOf(IllegalStateException.class)
        .hasMessage("paired run 'returnsNullForASide' returned null for its BASELINE side: return a"
            + " dev.yieldlab.api.timing.PairedSample (e.g. a WorkersResult) for every side");
    assertThat(resultOf(results, "run:fine").getStatus()).isEqualTo(Status.SUCCESSFUL);
  }
}
