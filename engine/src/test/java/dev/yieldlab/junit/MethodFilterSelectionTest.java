package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.leafSegment;
import static dev.yieldlab.junit.YieldlabKit.leafSegments;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.PassingFixture;
import dev.yieldlab.junit.fixtures.VariantsFixture;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EventType;

/**
 * Selecting one method the way Maven Surefire ({@code -Dtest=X#check}) and Gradle ({@code --tests})
 * do: a class selector, then a post-discovery filter that drops every test whose {@link MethodSource}
 * names another method. The engine never sees that filter; the runs a kept check reads must run all
 * the same. (Selecting the check with a method selector, as IDEs do, is in {@link EngineSelectorsTest}.)
 */
@DisplayName("Selecting a method with a post-discovery filter (-Dtest=X#check)")
class MethodFilterSelectionTest {

  @Test
  @DisplayName("a check kept by the filter runs after the runs it reads, and no other run executes")
  void checkBringsItsRuns() {
    EngineExecutionResults results = virtual().selectors(selectClass(PassingFixture.class))
        .filters(methodsNamed(PassingFixture.class, "stepsAlternate")).execute();

    assertThat(leafSegments(results.testEvents().finished().list()))
        .containsExactly("run:interleaved", "check:stepsAlternate");
    results.testEvents().assertStatistics(stats -> stats.succeeded(2).failed(0).aborted(0));
    // The launcher had removed the run; it comes back as a dynamic test, so listeners (Surefire's
    // report, Allure) learn of it before it starts.
    assertThat(results.allEvents().filter(e -> e.getType() == EventType.DYNAMIC_TEST_REGISTERED).map(YieldlabKit::leafSegment))
        .containsExactly("run:interleaved");
  }

  @Test
  @DisplayName("a check that reads a run with variants brings every variant, and the other runs stay out")
  void checkBringsEveryVariantOfItsRun() {
    EngineExecutionResults results = virtual().selectors(selectClass(VariantsFixture.class))
        .filters(methodsNamed(VariantsFixture.class, "readsVariants")).execute();

    assertThat(results.testEvents().finished().stream().map(YieldlabKit::leafSegment))
        .containsExactly("variant:plain", "variant:manual", "variant:sweep every 1,000", "variant:sweep every 2,000",
            "check:readsVariants");
    results.testEvents().assertStatistics(stats -> stats.succeeded(5).failed(0).aborted(0));
    assertThat(results.containerEvents().finished().stream().map(YieldlabKit::leafSegment)).contains("run:sleeper");
  }

  @Test
  @DisplayName("two checks that read the same run run it once")
  void sharedRunRunsOnce() {
    EngineExecutionResults results = virtual().selectors(selectClass(PassingFixture.class))
        .filters(methodsNamed(PassingFixture.class, "stepsAlternate", "answerIsRead")).execute();

    assertThat(leafSegments(results.testEvents().finished().list()))
        .containsExactly("run:interleaved", "run:answer", "check:stepsAlternate", "check:answerIsRead");
  }

  @Test
  @DisplayName("a run kept by the filter runs alone; nothing is added")
  void runAlone() {
    EngineExecutionResults results = virtual().selectors(selectClass(PassingFixture.class))
        .filters(methodsNamed(PassingFixture.class, "answer")).execute();

    assertThat(leafSegments(results.testEvents().finished().list())).containsExactly("run:answer");
    assertThat(results.allEvents().filter(e -> e.getType() == EventType.DYNAMIC_TEST_REGISTERED)).isEmpty();
  }

  /**
   * What Surefire's TestMethodFilter (surefire-junit-platform 3.5.4) decides: a descriptor without a
   * method source is kept, one with a method source only if class and method are selected.
   */
  private static PostDiscoveryFilter methodsNamed(Class<?> type, String... methods) {
    Set<String> names = Set.of(methods);
    return (TestDescriptor descriptor) -> FilterResult.includedIf(descriptor.getSource()
        .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
        .map(source -> source.getClassName().equals(type.getName()) && names.contains(source.getMethodName()))
        .orElse(true));
  }
}
