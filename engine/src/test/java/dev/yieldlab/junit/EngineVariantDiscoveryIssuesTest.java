package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.api.Runs;
import dev.yieldlab.junit.fixtures.variants.MalformedVariantsFixture;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Malformed variants, measured runs and claims: WARNING discovery issues that name the method and the fix. */
@DisplayName("Malformed variants and measurements")
class EngineVariantDiscoveryIssuesTest {

  private static final Class<?> FIXTURE = MalformedVariantsFixture.class;

  static Stream<Arguments> mistakes() {
    return Stream.of(
        Arguments.of("manualWithoutEvery", List.of(), "yields MANUAL but sets no every", "add every = 2_000_000"),
        Arguments.of("checkOnlyWithoutEvery", List.of(), "yields CHECK_ONLY but sets no every", "add every = 2_000_000"),
        Arguments.of("injectedWithoutEvery", List.of(), "yields INJECTED but sets no every", "add every = 2_000_000"),
        Arguments.of("zeroEvery", List.of(), "has every = 0", "it must be a positive count"),
        Arguments.of("negativeEveryInSweep", List.of(), "has every = -5", "it must be a positive count"),
        Arguments.of("injectedEveryTooLarge", List.of(), "has every = 3000000000", "every is at most 2147483647"),
        Arguments.of("timedWithoutInterval", List.of(), "yields INJECTED_TIMED but sets no interval", "add interval = \"5ms\""),
        Arguments.of("paramWithoutEquals", List.of(), "has param \"novalue\"", "write params as \"key=value\""),
        Arguments.of("paramWithoutKey", List.of(), "has param \"=value\"", "write params as \"key=value\""),
        Arguments.of("duplicateVariantNames", List.of(), "declares two variants named 'same'", "give each @Variant its own name"),
        Arguments.of("repetitionsWithoutMeasured", List.of(), "sets repetitions = 5", "needs measured = true"),
        Arguments.of("negativeRepetitions", List.of(), "sets repetitions = -1", "repetitions is a positive count"),
        Arguments.of("unsupportedParameter", List.of(Runs.class), "takes (Runs)",
            "a @Run method takes a dev.yieldlab.api.Loop and/or a dev.yieldlab.api.VariantSpec, or nothing"),
        Arguments.of("foreignClaim", List.of(Runs.class), "claims [C9]", "add them to @Experiment(claim = ...) or use one of [C3, C4]"));
  }

  @ParameterizedTest(name = "{0}: \"{2}\"")
  @MethodSource("mistakes")
  @DisplayName("each mistake is one WARNING at the method, naming it, what is wrong and the fix, and fails its test")
  void mistakeIsReportedAtTheMethod(String name, List<Class<?>> parameters, String problem, String fix) throws Exception {
    Method method = FIXTURE.getDeclaredMethod(name, parameters.toArray(Class<?>[]::new));
    var source = org.junit.platform.engine.support.descriptor.MethodSource.from(FIXTURE, method);
    List<DiscoveryIssue> issues = virtual().selectors(selectClass(FIXTURE)).discover().getDiscoveryIssues();
    assertThat(issues).filteredOn(issue -> issue.source().equals(Optional.of(source))).singleElement()
        .satisfies(issue -> {
          assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
          assertThat(issue.message())
              .contains(FIXTURE.getName() + "." + name
                  + parameters.stream().map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")")))
              .contains(problem)
              .contains(fix);
        });

    EngineExecutionResults results = virtual().selectors(selectClass(FIXTURE)).execute();
    String signature = name + parameters.stream().map(Class::getName).collect(Collectors.joining(",", "(", ")"));
    assertThat(failureOf(results, "invalid:" + signature)).isInstanceOf(InvalidExperimentException.class)
        .hasMessageContaining(problem);
  }

  @Test
  @DisplayName("every mistake is reported once; the valid run and its check (with a listed claim) still pass")
  void validPartsStillRun() {
    List<DiscoveryIssue> issues = virtual().selectors(selectClass(FIXTURE)).discover().getDiscoveryIssues();
    assertThat(issues).hasSize(mistakes().toList().size())
        .allMatch(issue -> issue.severity() == DiscoveryIssue.Severity.WARNING);
    EngineExecutionResults results = virtual().selectors(selectClass(FIXTURE)).execute();
    assertThat(resultOf(results, "run:valid").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "check:validCheck").getStatus()).isEqualTo(Status.SUCCESSFUL);
    results.testEvents().assertStatistics(stats -> stats.failed(issues.size()).succeeded(2));
  }

  @Test
  @DisplayName("a check's claim is a tag of its test: the check naming C3 carries C3 alone, runs carry both claims")
  void checkClaimsAreItsTags() {
    var experiment = virtual().selectors(selectClass(FIXTURE)).discover().getEngineDescriptor()
        .getChildren().iterator().next();
    var tagsById = experiment.getChildren().stream().collect(Collectors.toMap(
        d -> d.getUniqueId().getLastSegment().getType() + ":" + d.getUniqueId().getLastSegment().getValue(),
        d -> d.getTags().stream().map(t -> t.getName()).sorted().toList()));
    assertThat(tagsById).containsEntry("check:validCheck", List.of("C3")).containsEntry("run:valid", List.of("C3", "C4"));
  }
}
