package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.childId;
import static dev.yieldlab.junit.YieldlabKit.entriesOf;
import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.api.timing.InconclusiveClaimFailure;
import dev.yieldlab.api.timing.InconclusiveTimingException;
import dev.yieldlab.api.timing.MalformedTimingClaimException;
import dev.yieldlab.junit.fixtures.timing.MalformedTimingFixture;
import dev.yieldlab.junit.fixtures.timing.TimingFixture;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Timing verdicts through the real engine, on the VIRTUAL clock (exact times, the fixture's own
 * noise): two runs timed in pairs on demand, more pairs while a verdict is inconclusive, a budget that
 * ends it aborted (or failed, strictly), and timing claims written wrongly, each refused with the
 * check's name and the fix while the rest of the experiment passes.
 */
@DisplayName("Timing verdicts")
class TimingVerdictsEngineTest {

  @BeforeEach
  void forget() {
    TimingFixture.ATTEMPTS.clear();
  }

  private static EngineExecutionResults run(Class<?> fixture, String... parameters) {
    var kit = virtual().configurationParameter("yieldlab.timing.pairs", "3");
    for (int i = 0; i < parameters.length; i += 2) {
      kit = kit.configurationParameter(parameters[i], parameters[i + 1]);
    }
    return kit.selectors(selectClass(fixture)).execute();
  }

  private static long attempts(String check) {
    return Collections.frequency(TimingFixture.ATTEMPTS, check);
  }

  @Test
  @DisplayName("two runs a check compares are timed in pairs on demand: inconclusive at first, then confirmed on 3 pairs")
  void twoRunsAreTimedInPairs() {
    EngineExecutionResults results = run(TimingFixture.class);

    assertThat(resultOf(results, "check:twiceTakesTwice").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(entriesOf(results, childId(TimingFixture.class, "check", "twiceTakesTwice")))
        .containsEntry("ratio", "twice / once = 2.00 × [2.00, 2.00] (95 %, 3 pairs)");
    assertThat(attempts("twiceTakesTwice")).as("no pairs at first; 3 measured; asked again").isEqualTo(2);
  }

  @Test
  @DisplayName("a noisy ratio gets more pairs, half as many again each look (3, 5, 8), until its interval lies inside the band")
  void morePairsUntilDecided() {
    EngineExecutionResults results = run(TimingFixture.class);

    assertThat(resultOf(results, "check:noisyNeedsMorePairs").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(entriesOf(results, childId(TimingFixture.class, "check", "noisyNeedsMorePairs")))
        .containsEntry("ratio", "treatment / baseline = 1.99 × [1.76, 2.26] (95 %, 8 pairs)");
    assertThat(attempts("noisyNeedsMorePairs")).isEqualTo(3);
  }

  @Test
  @DisplayName("a ratio on the band's edge stays inconclusive: aborted once its budget is spent, saying so; never passed")
  void budgetSpent() {
    EngineExecutionResults results = run(TimingFixture.class);

    assertThat(resultOf(results, "check:onTheEdge").getStatus()).isEqualTo(Status.ABORTED);
    assertThat(failureOf(results, "check:onTheEdge")).isInstanceOf(InconclusiveTimingException.class)
        .hasMessageContaining("claimed ≈ 2.00 within 15 % [1.70, 2.30]: inconclusive (budget spent: the interval")
        .hasMessageContaining("straddles the band's edge 2.30")
        .hasMessageEndingWith("; budget spent: 6 of 6 pairs measured");
  }

  @Test
  @DisplayName("with yieldlab.inconclusive=fail an inconclusive check fails, with the same reason; decided ones are unchanged")
  void strict() {
    EngineExecutionResults results = run(TimingFixture.class, "yieldlab.inconclusive", "fail");

    assertThat(resultOf(results, "check:onTheEdge").getStatus()).isEqualTo(Status.FAILED);
    assertThat(failureOf(results, "check:onTheEdge")).isInstanceOf(InconclusiveClaimFailure.class)
        .hasMessageContaining("straddles the band's edge 2.30")
        .hasMessageEndingWith("(failed because yieldlab.inconclusive=fail)");
    assertThat(resultOf(results, "check:twiceTakesTwice").getStatus()).isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  @DisplayName("bad input: a band that cannot be met, a run against itself, a run that fails as a side: the check errs naming itself and the fix")
  void badInput() {
    EngineExecutionResults results = run(MalformedTimingFixture.class);

    assertThat(failureOf(results, "check:negativeBand")).isInstanceOf(MalformedTimingClaimException.class)
        .hasMessage("check MalformedTimingFixture#negativeBand: the ratio twice / once: the band 2.00 ± -0.1 is negative,"
            + " so no interval could ever lie inside it and the claim could never be confirmed: give a positive"
            + " tolerance, e.g. isCloseTo(2.00, 0.3)");
    assertThat(failureOf(results, "check:emptyBand")).hasMessageStartingWith("check MalformedTimingFixture#emptyBand:")
        .hasMessageContaining("the band 2.00 within 0 % is empty");
    assertThat(failureOf(results, "check:withItself")).isInstanceOf(MalformedTimingClaimException.class)
        .hasMessageStartingWith("check MalformedTimingFixture#withItself: ElapsedRatio.of(once, once) compares run 'once'"
            + " with itself");
    assertThat(failureOf(results, "check:sideFails")).isInstanceOf(TimedSideFailedException.class)
        .hasMessageStartingWith("run 'flaky' failed when it ran again as the numerator of pair 2 for this check's timing"
            + " claim: java.lang.IllegalStateException: the flaky run broke on its third call.")
        .hasMessageContaining("make it fail never")
        .cause().hasMessage("the flaky run broke on its third call");
    assertThat(resultOf(results, "check:fine").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "check:notTiming").getStatus()).isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  @DisplayName("bad input: a budget of zero pairs is a discovery issue at the check, naming the fix; the others run")
  void zeroBudget() {
    List<String> issues = virtual().selectors(selectClass(MalformedTimingFixture.class)).discover()
        .getDiscoveryIssues().stream().map(DiscoveryIssue::message).toList();

    assertThat(issues).singleElement().asString().contains("zeroBudget(Runs) sets budgetPairs = 0, which is not a budget"
        + " of pairs a timing claim can use: an interval needs at least 2 pairs", "e.g. @Check(budgetPairs = 20)");
    EngineExecutionResults results = run(MalformedTimingFixture.class);
    assertThat(resultOf(results, "invalid:zeroBudget(dev.yieldlab.api.Runs)").getStatus()).isEqualTo(Status.FAILED);
  }

  @Test
  @DisplayName("bad input: -Dyieldlab.timing.budget.pairs=0 fails the timing checks that need more pairs, naming the parameter; the rest pass")
  void zeroBudgetByConfiguration() {
    EngineExecutionResults results = run(TimingFixture.class, "yieldlab.timing.budget.pairs", "0");

    assertThat(failureOf(results, "check:twiceTakesTwice")).isInstanceOf(MalformedTimingClaimException.class)
        .hasMessageStartingWith("check TimingFixture#twiceTakesTwice cannot measure more pairs: yieldlab.timing.budget.pairs=0"
            + " is not a budget of pairs a timing claim can use");
    assertThat(resultOf(results, "run:once").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "run:noisy").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(failureOf(results, "check:noisyNeedsMorePairs")).hasMessageContaining("yieldlab.timing.budget.pairs=0");
  }
}
