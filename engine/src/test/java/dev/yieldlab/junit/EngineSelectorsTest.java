package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.childId;
import static dev.yieldlab.junit.YieldlabKit.experimentId;
import static dev.yieldlab.junit.YieldlabKit.leafSegments;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.yieldlab.junit.fixtures.ClockFixture;
import dev.yieldlab.junit.fixtures.PassingFixture;
import dev.yieldlab.junit.fixtures.ThrowingRunFixture;
import dev.yieldlab.junit.fixtures.TimeoutFixture;
import dev.yieldlab.junit.fixtures.WrongOrderFixture;
import dev.yieldlab.junit.fixtures.malformed.BadMethodsFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Which experiments, runs and checks a discovery request selects, as IDEs and Surefire issue them. */
@DisplayName("Selecting experiments")
class EngineSelectorsTest {

  private static final String FIXTURES = "dev.yieldlab.junit.fixtures";

  @Test
  @DisplayName("a method selector for one run executes only that run")
  void methodSelectorForRun() {
    EngineExecutionResults results = virtual().selectors(selectMethod(PassingFixture.class, "answer")).execute();
    assertThat(leafSegments(results.testEvents().finished().list())).containsExactly("run:answer");
  }

  @Test
  @DisplayName("a method selector for only a check also runs the runs it reads, first")
  void methodSelectorForCheckRunsItsRuns() {
    EngineExecutionResults results = virtual()
        .selectors(selectMethod(PassingFixture.class, "stepsAlternate", "dev.yieldlab.api.Runs")).execute();
    assertThat(leafSegments(results.testEvents().finished().list()))
        .containsExactly("run:interleaved", "check:stepsAlternate");
    results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0).aborted(0));
  }

  @Test
  @DisplayName("a check without runs=... reads every run, so selecting it selects them all")
  void checkWithoutRunsSelectsAllRuns() {
    EngineExecutionResults results = virtual()
        .selectors(selectMethod(ClockFixture.class, "clockIsKnown", "dev.yieldlab.api.Runs")).execute();
    assertThat(leafSegments(results.testEvents().finished().list()))
        .containsExactly("run:whichClock", "check:clockIsKnown");
  }

  @Test
  @DisplayName("a package selector finds every experiment in the package and its subpackages")
  void packageSelector() {
    TestDescriptor engine = virtual().selectors(selectPackage(FIXTURES)).discover().getEngineDescriptor();
    assertThat(experimentClasses(engine)).contains(
        PassingFixture.class.getName(), WrongOrderFixture.class.getName(), ThrowingRunFixture.class.getName(),
        TimeoutFixture.class.getName(), ClockFixture.class.getName(), BadMethodsFixture.class.getName());
    // Fixture helpers that are not @Experiment (OuterFixture) are not experiments.
    assertThat(experimentClasses(engine)).doesNotContain("dev.yieldlab.junit.fixtures.malformed.OuterFixture");
  }

  @Test
  @DisplayName("a classpath-root selector finds the experiments under that root")
  void classpathRootSelector() throws Exception {
    Path testClasses = Path.of(PassingFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    TestDescriptor engine = virtual().selectors(selectClasspathRoots(Set.of(testClasses))).discover()
        .getEngineDescriptor();
    assertThat(experimentClasses(engine)).contains(PassingFixture.class.getName(), BadMethodsFixture.class.getName());
    // Jupiter test classes on the same root are not ours.
    assertThat(experimentClasses(engine)).doesNotContain(EngineSelectorsTest.class.getName());
  }

  @Test
  @DisplayName("the class-name filter narrows a package or classpath scan (as Surefire's -Dtest does)")
  void classNameFilter() throws Exception {
    Path testClasses = Path.of(PassingFixture.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    TestDescriptor included = virtual()
        .selectors(selectClasspathRoots(Set.of(testClasses)))
        .filters(ClassNameFilter.includeClassNamePatterns(".*\\.PassingFixture"))
        .discover().getEngineDescriptor();
    assertThat(experimentClasses(included)).containsExactly(PassingFixture.class.getName());

    TestDescriptor excluded = virtual()
        .selectors(selectPackage(FIXTURES))
        .filters(ClassNameFilter.excludeClassNamePatterns(".*\\.malformed\\..*", ".*WrongOrder.*"))
        .discover().getEngineDescriptor();
    assertThat(experimentClasses(excluded)).contains(PassingFixture.class.getName())
        .doesNotContain(WrongOrderFixture.class.getName(), BadMethodsFixture.class.getName());
  }

  @Test
  @DisplayName("the class-name filter also applies to an explicit class selector")
  void classNameFilterOnClassSelector() {
    TestDescriptor engine = virtual()
        .selectors(selectClass(PassingFixture.class), selectClass(ClockFixture.class))
        .filters(ClassNameFilter.excludeClassNamePatterns(".*PassingFixture"))
        .discover().getEngineDescriptor();
    assertThat(experimentClasses(engine)).containsExactly(ClockFixture.class.getName());
  }

  @Test
  @DisplayName("unique ids are identical across two discoveries, so IDE re-runs find the same tests")
  void uniqueIdsAreStable() {
    Set<UniqueId> first = allIds(virtual().selectors(selectPackage(FIXTURES)).discover().getEngineDescriptor());
    Set<UniqueId> second = allIds(virtual().selectors(selectPackage(FIXTURES)).discover().getEngineDescriptor());
    assertThat(first).hasSizeGreaterThan(20).isEqualTo(second);
    assertThat(first).contains(
        experimentId(PassingFixture.class),
        childId(PassingFixture.class, "run", "interleaved"),
        childId(PassingFixture.class, "check", "stepsAlternate"),
        childId(BadMethodsFixture.class, "invalid", "privateRun()"));
  }

  @Test
  @DisplayName("a unique-id selector for a run re-selects just that run")
  void uniqueIdOfRun() {
    EngineExecutionResults results = virtual()
        .selectors(selectUniqueId(childId(PassingFixture.class, "run", "interleaved"))).execute();
    assertThat(leafSegments(results.testEvents().finished().list())).containsExactly("run:interleaved");
    results.testEvents().assertStatistics(stats -> stats.succeeded(1));
  }

  @Test
  @DisplayName("a unique-id selector for a check re-selects it with the runs it reads")
  void uniqueIdOfCheck() {
    EngineExecutionResults results = virtual()
        .selectors(selectUniqueId(childId(PassingFixture.class, "check", "answerIsRead"))).execute();
    assertThat(leafSegments(results.testEvents().finished().list())).containsExactly("run:answer", "check:answerIsRead");
  }

  @Test
  @DisplayName("a unique-id selector for an experiment selects all its runs and checks")
  void uniqueIdOfExperiment() {
    EngineExecutionResults results = virtual().selectors(selectUniqueId(experimentId(PassingFixture.class))).execute();
    results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(4));
  }

  @Test
  @DisplayName("a unique-id selector for a malformed method re-selects its failing test")
  void uniqueIdOfInvalidMethod() {
    EngineExecutionResults results = virtual()
        .selectors(selectUniqueId(childId(BadMethodsFixture.class, "invalid", "privateRun()"))).execute();
    assertThat(leafSegments(results.testEvents().failed().list())).containsExactly("invalid:privateRun()");
    results.testEvents().assertStatistics(stats -> stats.started(1));
  }

  @Test
  @DisplayName("a unique id of another engine or of an unknown run selects nothing")
  void foreignUniqueIds() {
    TestDescriptor engine = virtual().selectors(
        selectUniqueId(UniqueId.forEngine("junit-jupiter").append("class", PassingFixture.class.getName())),
        selectUniqueId(childId(PassingFixture.class, "run", "noSuchRun"))).discover().getEngineDescriptor();
    assertThat(engine.getChildren()).isEmpty();
  }

  @Test
  @DisplayName("the claim id is a tag on the experiment, its runs and its checks")
  void claimIsTag() {
    TestDescriptor engine = virtual().selectors(selectClass(PassingFixture.class)).discover().getEngineDescriptor();
    assertThat(engine.getDescendants()).allSatisfy(d -> assertThat(d.getTags()).containsExactly(TestTag.create("F1")));
  }

  @Test
  @DisplayName("a tag filter selects experiments by claim id")
  void tagFilter() {
    EngineExecutionResults included = virtual()
        .selectors(selectClass(PassingFixture.class), selectClass(ClockFixture.class))
        .filters(TagFilter.includeTags("F5"))
        .execute();
    assertThat(leafSegments(included.testEvents().finished().list()))
        .containsExactly("run:whichClock", "check:clockIsKnown");

    EngineExecutionResults excluded = virtual()
        .selectors(selectClass(PassingFixture.class), selectClass(ClockFixture.class))
        .filters(TagFilter.excludeTags("F5"))
        .execute();
    assertThat(leafSegments(excluded.testEvents().finished().list()))
        .hasSize(4).allMatch(segment -> !segment.contains("Clock"));
  }

  private static List<String> experimentClasses(TestDescriptor engine) {
    return engine.getChildren().stream()
        .map(d -> d.getUniqueId().getLastSegment())
        .filter(s -> s.getType().equals("experiment"))
        .map(UniqueId.Segment::getValue)
        .toList();
  }

  private static Set<UniqueId> allIds(TestDescriptor engine) {
    return engine.getDescendants().stream().map(TestDescriptor::getUniqueId).collect(Collectors.toSet());
  }
}
