package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.childId;
import static dev.yieldlab.junit.YieldlabKit.entriesOf;
import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Runs;
import dev.yieldlab.junit.fixtures.variants.MeasuredFixture;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Measured runs: warm-ups, then repetitions, counted by invocation; their measures on the VIRTUAL
 * clock, where a sleep of k * 10 ms takes exactly that, so median, min, max and spread are known.
 */
@DisplayName("Measured runs")
class EngineMeasuredRunsTest {

  private static final String LOOP = Loop.class.getName();

  @BeforeEach
  void resetCounters() {
    MeasuredFixture.reset();
  }

  private static EngineTestKit.Builder run(String method) {
    return virtual().selectors(selectMethod(MeasuredFixture.class, method, LOOP));
  }

  @Test
  @DisplayName("by default a measured run executes 1 warm-up and 3 measured repetitions; an unmeasured run once")
  void defaults() {
    run("stairs").execute();
    assertThat(MeasuredFixture.STAIRS).hasValue(1 + 3);
    run("unmeasured").execute();
    assertThat(MeasuredFixture.UNMEASURED).hasValue(1);
  }

  @Test
  @DisplayName("yieldlab.warmups and yieldlab.repetitions set how often the body runs")
  void configuredCounts() {
    run("stairs").configurationParameter("yieldlab.warmups", "2").configurationParameter("yieldlab.repetitions", "4")
        .execute();
    assertThat(MeasuredFixture.STAIRS).hasValue(2 + 4);
  }

  @Test
  @DisplayName("yieldlab.warmups = 0 runs no warm-up; an unmeasured run ignores both parameters")
  void noWarmups() {
    virtual().selectors(selectMethod(MeasuredFixture.class, "stairs", LOOP),
            selectMethod(MeasuredFixture.class, "unmeasured", LOOP))
        .configurationParameter("yieldlab.warmups", "0").configurationParameter("yieldlab.repetitions", "5")
        .execute();
    assertThat(MeasuredFixture.STAIRS).hasValue(5);
    assertThat(MeasuredFixture.UNMEASURED).hasValue(1);
  }

  @Test
  @DisplayName("@Run(repetitions = 5) raises the default of 3; a larger yieldlab.repetitions raises it further")
  void runRepetitionsAndConfiguration() {
    run("five").execute();
    assertThat(MeasuredFixture.FIVE).hasValue(1 + 5);
    MeasuredFixture.reset();
    run("five").configurationParameter("yieldlab.repetitions", "7").execute();
    assertThat(MeasuredFixture.FIVE).hasValue(1 + 7);
    MeasuredFixture.reset();
    // A smaller configured count does not lower the run's own.
    run("five").configurationParameter("yieldlab.repetitions", "2").execute();
    assertThat(MeasuredFixture.FIVE).hasValue(1 + 5);
  }

  @Test
  @DisplayName("report entries carry median, min, max, spread and count of the measured repetitions, warm-ups excluded")
  void measuresInReportEntries() {
    // Warm-up sleeps 10 ms; the repetitions 20, 30 and 40 ms: median 30, spread (40 - 20) / 30.
    EngineExecutionResults results = run("stairs").execute();
    Map<String, String> entries = entriesOf(results, childId(MeasuredFixture.class, "run", "stairs"));
    assertThat(entries)
        .containsEntry("clock", "VIRTUAL")
        .containsEntry("elapsed.median.ms", "30.000")
        .containsEntry("elapsed.min.ms", "20.000")
        .containsEntry("elapsed.max.ms", "40.000")
        .containsEntry("elapsed.spread.percent", "66.7")
        .containsEntry("repetitions", "3");
  }

  @Test
  @DisplayName("an even number of repetitions has the mean of the middle two as median")
  void evenRepetitions() {
    // No warm-up; 10, 20, 30, 40 ms: median 25.
    EngineExecutionResults results = run("stairs").configurationParameter("yieldlab.warmups", "0")
        .configurationParameter("yieldlab.repetitions", "4").execute();
    Map<String, String> entries = entriesOf(results, childId(MeasuredFixture.class, "run", "stairs"));
    assertThat(entries).containsEntry("elapsed.median.ms", "25.000").containsEntry("repetitions", "4");
  }

  @Test
  @DisplayName("a check sees the Measurement, and the timeline of the repetition closest to the median")
  void checkSeesMeasurementAndTypicalTimeline() {
    EngineExecutionResults results = virtual()
        .selectors(selectMethod(MeasuredFixture.class, "stairsAsSeen", Runs.class.getName() + "," + dev.yieldlab.api.Report.class.getName()))
        .execute();
    assertThat(resultOf(results, "check:stairsAsSeen").getStatus()).isEqualTo(Status.SUCCESSFUL);
    Map<String, String> seen = entriesOf(results, childId(MeasuredFixture.class, "check", "stairsAsSeen"));
    assertThat(seen).containsEntry("median", "PT0.03S").containsEntry("samples", "[PT0.02S, PT0.03S, PT0.04S]")
        // Invocation 3 is the median repetition (30 ms); the warm-up's timeline is never kept.
        .containsEntry("logs", "invocation 3");
  }

  @Test
  @DisplayName("a failing repetition fails the variant with its exception and stops the remaining repetitions")
  void failingRepetitionFailsTheRun() {
    EngineExecutionResults results = run("failsOnThird").execute();
    assertThat(failureOf(results, "run:failsOnThird")).isInstanceOf(IllegalStateException.class)
        .hasMessage("repetition 3 broke");
    // Warm-up, repetition 1, then the failing repetition 2 (invocation 3): no fourth invocation.
    assertThat(MeasuredFixture.FAILING).hasValue(3);
  }

  @Test
  @DisplayName("a failing warm-up fails the variant too")
  void failingWarmupFailsTheRun() {
    EngineExecutionResults results = run("failsOnThird").configurationParameter("yieldlab.warmups", "3").execute();
    assertThat(failureOf(results, "run:failsOnThird")).hasMessage("repetition 3 broke");
    assertThat(MeasuredFixture.FAILING).hasValue(3);
  }

  @Test
  // The configuration is read once for the whole execution, so a bad value fails the engine, not one run.
  @DisplayName("a configured repetition count below 1 fails the execution, naming the parameter and the range")
  void badConfiguredCount() {
    EngineExecutionResults results = run("stairs").configurationParameter("yieldlab.repetitions", "0").execute();
    assertThat(results.allEvents().failed().stream()
        .map(e -> e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class).getThrowable().orElseThrow()))
        .anySatisfy(failure -> assertThat(failure).rootCause().hasMessageContaining("yieldlab.repetitions=0")
            .hasMessageContaining("at least 1"));
    assertThat(MeasuredFixture.STAIRS).hasValue(0);
  }
}
