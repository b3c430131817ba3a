package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.VariantsFixture;
import dev.yieldlab.junit.fixtures.malformed.BadVariantsFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/** Declared variants, sweeps, measured repetitions and check reports, through the real engine. */
@DisplayName("Variants and measured runs")
class VariantsEngineTest {

  @Test
  @DisplayName("a run with variants is a container whose tests are its variants, parameters in their names")
  void variantTree() {
    EngineDiscoveryResults discovered = virtual().selectors(selectClass(VariantsFixture.class)).discover();
    TestDescriptor experiment = discovered.getEngineDescriptor().getChildren().iterator().next();
    TestDescriptor sleeper = experiment.getChildren().stream()
        .filter(d -> d.getUniqueId().getLastSegment().getValue().equals("sleeper")).findFirst().orElseThrow();

    assertThat(sleeper.getType()).isEqualTo(TestDescriptor.Type.CONTAINER);
    assertThat(sleeper.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly(
        "plain [PLAIN]", "manual [MANUAL, every=20, label=by hand]",
        "sweep every 1,000 [CHECK_ONLY, every=1,000]", "sweep every 2,000 [CHECK_ONLY, every=2,000]");
    assertThat(sleeper.getChildren()).allSatisfy(variant -> {
      assertThat(variant.getType()).isEqualTo(TestDescriptor.Type.TEST);
      assertThat(variant.getSource()).containsInstanceOf(MethodSource.class);
      assertThat(variant.getUniqueId().getLastSegment().getType()).isEqualTo("variant");
    });
    // A run without @Variant stays one test.
    assertThat(experiment.getChildren()).filteredOn(d -> d.getDisplayName().equals("measured"))
        .singleElement().extracting(TestDescriptor::getType).isEqualTo(TestDescriptor.Type.TEST);
  }

  @Test
  @DisplayName("variant unique ids are the same in two discoveries, so IDE re-runs find them")
  void stableVariantIds() {
    List<String> first = variantIds();
    assertThat(first).hasSize(4).allMatch(id -> id.endsWith("]") && id.contains("/[variant:"));
    assertThat(variantIds()).isEqualTo(first);
  }

  private static List<String> variantIds() {
    return virtual().selectors(selectClass(VariantsFixture.class)).discover().getEngineDescriptor()
        .getDescendants().stream().map(d -> d.getUniqueId().toString()).filter(id -> id.contains("variant:")).toList();
  }

  @Test
  @DisplayName("each variant runs with its own spec; checks read one, all, and ratios between them")
  void variantsRunAndChecksReadThem() {
    EngineExecutionResults results = virtual().selectors(selectClass(VariantsFixture.class)).execute();

    assertThat(resultOf(results, "variant:manual").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(entryOf(results, "variant:manual")).containsEntry("elapsed.median.ms", "20.000")
        .containsEntry("variant", "manual [MANUAL, every=20, label=by hand]");
    assertThat(resultOf(results, "check:readsVariants").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(entriesOf(results, "check:readsVariants"))
        .contains(Map.of("variants", "plain, manual, sweep every 1,000, sweep every 2,000"))
        .anySatisfy(entry -> assertThat(entry).containsKey("table: elapsed by variant"))
        .anySatisfy(entry -> assertThat(entry.get("ratio")).isEqualTo(
            "sleeper [sweep every 2,000] / sleeper [sweep every 1,000] = 2.00 × [2.00, 2.00] (95 %, 2 pairs)"));
  }

  @Test
  @DisplayName("asking a run with several variants for its only result fails, naming them and how to choose")
  void getOnARunWithVariants() {
    Throwable failure = failureOf(virtual().selectors(selectClass(VariantsFixture.class)).execute(),
        "check:asksForTheOnlyResult");
    assertThat(failure).isInstanceOf(IllegalArgumentException.class).hasMessage(
        "run 'sleeper' has the variants [plain, manual, sweep every 1,000, sweep every 2,000]: name one with"
            + " runs.get(\"sleeper\", variant) or read them all with runs.variants(\"sleeper\")");
  }

  @Test
  @DisplayName("a table row whose width differs from the header fails the check, saying which row")
  void raggedTable() {
    Throwable failure = failureOf(virtual().selectors(selectClass(VariantsFixture.class)).execute(),
        "check:raggedTable");
    assertThat(failure).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("table 'ragged': row [1] has 1 cells, the header has 2");
  }

  @ParameterizedTest(name = "warm-ups {0}, repetitions {1} -> {2} calls, {3} measured")
  @DisplayName("a measured run runs warm-ups plus the larger of its own and the configured repetitions")
  @CsvSource({"1, 1, 3, 2", "0, 2, 2, 2", "2, 5, 7, 5"})
  void measuredRepetitions(String warmups, String repetitions, int calls, int measured) {
    VariantsFixture.MEASURED_CALLS.set(0);
    EngineExecutionResults results = virtual()
        .configurationParameter("yieldlab.warmups", warmups)
        .configurationParameter("yieldlab.repetitions", repetitions)
        .selectors(selectClass(VariantsFixture.class)).execute();

    assertThat(VariantsFixture.MEASURED_CALLS).hasValue(calls);
    assertThat(entryOf(results, "run:measured"))
        .containsEntry("repetitions", Integer.toString(measured))
        .containsEntry("elapsed.median.ms", "500.000")
        .containsEntry("elapsed.spread.percent", "0.0");
  }

  @ParameterizedTest(name = "{0}")
  @DisplayName("malformed variants and measured runs are WARNING discovery issues naming the method and the fix")
  @CsvSource(delimiter = '|', value = {
      "manualWithoutEvery | yields MANUAL but sets no every: add every = 2_000_000",
      "zeroEvery | has every = 0: it must be a positive count",
      "everyTooLargeForInjection | injected yield points count back-edges in an int, so every is at most 2147483647",
      "timedWithoutInterval | yields INJECTED_TIMED but sets no interval: add interval = \"5ms\"",
      "badParam | has param \"no equals sign\": write params as \"key=value\"",
      "duplicateVariantNames | declares two variants named 'same': give each @Variant its own name",
      "repetitionsWithoutMeasured | sets repetitions = 3: repetitions is a positive count and needs measured = true",
      "negativeRepetitions | sets repetitions = -1",
      "foreignClaim | claims [NOT-M], which @Experiment of BadVariantsFixture does not list"})
  void malformedVariants(String method, String problem) {
    List<DiscoveryIssue> issues = virtual().selectors(selectClass(BadVariantsFixture.class)).discover()
        .getDiscoveryIssues();
    assertThat(issues).filteredOn(issue -> issue.message().contains("." + method + "("))
        .singleElement().satisfies(issue -> {
          assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
          assertThat(issue.message()).contains(BadVariantsFixture.class.getName()).contains(problem);
          assertThat(issue.source()).containsInstanceOf(MethodSource.class);
        });
  }

  @Test
  @DisplayName("an experiment with malformed variants still runs its valid run")
  void validRunStillRuns() {
    EngineExecutionResults results = virtual().selectors(selectClass(BadVariantsFixture.class)).execute();
    assertThat(resultOf(results, "run:fine").getStatus()).isEqualTo(Status.SUCCESSFUL);
    results.testEvents().assertStatistics(stats -> stats.succeeded(1).failed(9));
  }

  static Map<String, String> entryOf(EngineExecutionResults results, String segment) {
    return entriesOf(results, segment).getFirst();
  }

  static List<Map<String, String>> entriesOf(EngineExecutionResults results, String segment) {
    List<Event> published = results.allEvents().reportingEntryPublished().list();
    List<Map<String, String>> entries = published.stream()
        .filter(e -> YieldlabKit.leafSegment(e).equals(segment))
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .toList();
    assertThat(entries).as("report entries of %s", segment).isNotEmpty();
    return entries;
  }
}
