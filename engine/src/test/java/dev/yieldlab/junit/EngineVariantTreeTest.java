package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.childId;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.junit.fixtures.variants.VariantTreeFixture;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** How declared variants appear in the test tree: containers, display names, unique ids. */
@DisplayName("Variants in the test tree")
class EngineVariantTreeTest {

  private static TestDescriptor experiment() {
    TestDescriptor engine = virtual().selectors(selectClass(VariantTreeFixture.class)).discover().getEngineDescriptor();
    return engine.getChildren().iterator().next();
  }

  private static TestDescriptor child(TestDescriptor parent, UniqueId id) {
    return parent.getChildren().stream().filter(d -> d.getUniqueId().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " among " + parent.getChildren()));
  }

  private static UniqueId runId(String run) {
    return childId(VariantTreeFixture.class, "run", run);
  }

  @Test
  @DisplayName("a run with declared variants is a container whose tests are its variants, named with their parameters")
  void declaredVariantsAreTestsOfARunContainer() {
    TestDescriptor declared = child(experiment(), runId("declared"));
    assertThat(declared.isContainer()).isTrue();
    assertThat(declared.isTest()).isFalse();
    assertThat(declared.getDisplayName()).isEqualTo("declared");
    // The children keep the declaration order and show every setting, sorted params included.
    assertThat(declared.getChildren()).allMatch(TestDescriptor::isTest)
        .extracting(TestDescriptor::getDisplayName)
        .containsExactly("plain [PLAIN]", "injected [INJECTED, every=2,000,000]",
            "manual [MANUAL, every=1,000, label=spaced, size=small]");
    assertThat(declared.getChildren()).extracting(TestDescriptor::getUniqueId).containsExactly(
        runId("declared").append("variant", "plain"),
        runId("declared").append("variant", "injected"),
        runId("declared").append("variant", "manual"));
    // IDEs jump from a variant to its method: each variant keeps the run method's source.
    assertThat(declared.getChildren()).allMatch(d -> d.getSource().orElseThrow() instanceof MethodSource source
        && source.getMethodName().equals("declared"));
  }

  @Test
  @DisplayName("a sweep over every expands to one test per value, named \"name every 1,000\"")
  void sweepExpandsToOneTestPerValue() {
    TestDescriptor swept = child(experiment(), runId("swept"));
    assertThat(swept.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly(
        "sweep every 1,000 [CHECK_ONLY, every=1,000]",
        "sweep every 1,000,000 [CHECK_ONLY, every=1,000,000]",
        "sweep every 10,000,000 [CHECK_ONLY, every=10,000,000]");
    assertThat(swept.getChildren()).extracting(d -> d.getUniqueId().getLastSegment().getValue())
        .containsExactly("sweep every 1,000", "sweep every 1,000,000", "sweep every 10,000,000");
  }

  @Test
  @DisplayName("an unnamed variant is named after its mode in lower case, and shows its interval")
  void unnamedVariantIsNamedByItsMode() {
    TestDescriptor unnamed = child(experiment(), runId("unnamed"));
    assertThat(unnamed.getChildren()).singleElement().satisfies(variant -> {
      assertThat(variant.getUniqueId()).isEqualTo(runId("unnamed").append("variant", "injected-timed"));
      assertThat(variant.getDisplayName()).isEqualTo("injected-timed [INJECTED_TIMED, interval=5ms]");
    });
  }

  @Test
  @DisplayName("a run without @Variant stays one test with the run's name, no variant segment")
  void runWithoutVariantsIsOneTest() {
    TestDescriptor single = child(experiment(), runId("single"));
    assertThat(single.isTest()).isTrue();
    assertThat(single.getChildren()).isEmpty();
    assertThat(single.getDisplayName()).isEqualTo("single");
  }

  @Test
  @DisplayName("variant unique ids, sweeps' commas and spaces included, are the same in two discoveries")
  void variantIdsAreStable() {
    Set<UniqueId> first = ids(experiment());
    Set<UniqueId> second = ids(experiment());
    assertThat(first).isEqualTo(second).contains(
        runId("declared").append("variant", "injected"),
        runId("swept").append("variant", "sweep every 1,000,000"));
    // The id survives its text form, which is what IDEs store and hand back for a re-run.
    UniqueId sweep = runId("swept").append("variant", "sweep every 1,000,000");
    assertThat(UniqueId.parse(sweep.toString())).isEqualTo(sweep);
  }

  @Test
  @DisplayName("executing the experiment runs every variant as its own passing test, containers for the grouped runs")
  void everyVariantRuns() {
    EngineExecutionResults results = virtual().selectors(selectClass(VariantTreeFixture.class)).execute();
    // 3 declared + 3 swept + 1 unnamed + single + the check.
    results.testEvents().assertStatistics(stats -> stats.started(9).succeeded(9));
    // engine, experiment, and one container per run with variants.
    results.containerEvents().assertStatistics(stats -> stats.started(5).succeeded(5));
    assertThat(resultOf(results, "check:sweepValues").getStatus()).isEqualTo(Status.SUCCESSFUL);
  }

  @Test
  @DisplayName("a variant's unique id re-selects that variant alone, as an IDE re-run of one variant does")
  void uniqueIdOfVariantSelectsThatVariant() {
    UniqueId injected = runId("declared").append("variant", "injected");
    EngineExecutionResults results = virtual().selectors(selectUniqueId(injected)).execute();
    List<UniqueId> ran = results.testEvents().finished().stream().map(e -> e.getTestDescriptor().getUniqueId()).toList();
    assertThat(ran).containsExactly(injected);
  }

  @Test
  @DisplayName("two variants' unique ids select those two; with the run's method selected too, all variants run")
  void variantSelectionsCombine() {
    UniqueId plain = runId("declared").append("variant", "plain");
    UniqueId manual = runId("declared").append("variant", "manual");
    EngineExecutionResults two = virtual().selectors(selectUniqueId(plain), selectUniqueId(manual)).execute();
    assertThat(two.testEvents().finished().stream().map(e -> e.getTestDescriptor().getUniqueId()))
        .containsExactly(plain, manual);
    // Selecting the whole run as well (in either order) must not be narrowed by the variant selector.
    EngineExecutionResults all = virtual()
        .selectors(selectUniqueId(plain), selectMethod(VariantTreeFixture.class, "declared", VariantSpec.class.getName()))
        .execute();
    all.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
  }

  @Test
  @DisplayName("a unique id naming a variant that no longer exists selects nothing")
  void unknownVariantIdSelectsNothing() {
    UniqueId gone = runId("declared").append("variant", "renamed");
    EngineExecutionResults results = virtual().selectors(selectUniqueId(gone)).execute();
    results.testEvents().assertStatistics(stats -> stats.started(0));
  }

  @Test
  @DisplayName("a run container's unique id re-selects all its variants")
  void uniqueIdOfRunSelectsAllVariants() {
    EngineExecutionResults results = virtual().selectors(selectUniqueId(runId("swept"))).execute();
    results.testEvents().assertStatistics(stats -> stats.started(3).succeeded(3));
  }

  private static Set<UniqueId> ids(TestDescriptor root) {
    Set<UniqueId> ids = new HashSet<>();
    ids.add(root.getUniqueId());
    root.getDescendants().forEach(d -> ids.add(d.getUniqueId()));
    return ids;
  }
}
