package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import dev.yieldlab.api.Loop;
import dev.yieldlab.api.Runs;
import dev.yieldlab.junit.fixtures.PassingFixture;
import dev.yieldlab.junit.fixtures.malformed.AbstractFixture;
import dev.yieldlab.junit.fixtures.malformed.BadMethodsFixture;
import dev.yieldlab.junit.fixtures.malformed.InterfaceFixture;
import dev.yieldlab.junit.fixtures.malformed.NoDefaultConstructorFixture;
import dev.yieldlab.junit.fixtures.malformed.NoRunFixture;
import dev.yieldlab.junit.fixtures.malformed.OuterFixture;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Malformed experiments: each mistake is a WARNING discovery issue with its source and a fix, and
 * a failing test at the same place, while the rest of the request still runs.
 */
@DisplayName("Malformed experiments")
class EngineDiscoveryIssuesTest {

  private static final String MALFORMED = "dev.yieldlab.junit.fixtures.malformed";

  static Stream<Arguments> malformedClasses() {
    return Stream.of(
        Arguments.of(AbstractFixture.class, "is abstract", "make it concrete"),
        Arguments.of(InterfaceFixture.class, "is not a class yieldlab can instantiate", "put @Experiment on a concrete class"),
        Arguments.of(OuterFixture.InnerFixture.class, "is an inner (non-static) class", "declare it static"),
        Arguments.of(NoDefaultConstructorFixture.class, "has no constructor without parameters", "add one (it may be private)"),
        Arguments.of(NoRunFixture.class, "declares no @Run method", "add a non-private method annotated @Run"));
  }

  @ParameterizedTest(name = "{0}: \"{1}\"")
  @MethodSource("malformedClasses")
  @DisplayName("a malformed class is a WARNING naming the class and the fix, with a ClassSource, and a failing test there")
  void malformedClass(Class<?> type, String problem, String fix) {
    List<DiscoveryIssue> issues = virtual().selectors(selectClass(type)).discover().getDiscoveryIssues();
    assertThat(issues).singleElement().satisfies(issue -> {
      assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
      assertThat(issue.message()).contains(type.getName()).contains(problem).contains(fix);
      assertThat(issue.source()).contains(ClassSource.from(type));
    });

    EngineExecutionResults results = virtual().selectors(selectClass(type)).execute();
    Throwable failure = failureOf(results, "experiment:" + type.getName());
    assertThat(failure).isInstanceOf(InvalidExperimentException.class).hasMessage(issues.getFirst().message());
    assertThat(results.testEvents().failed().list()).hasSize(1);
  }

  static Stream<Arguments> malformedMethods() {
    return Stream.of(
        Arguments.of("privateRun", List.of(), "is private", "make it package-private, protected or public"),
        Arguments.of("staticRun", List.of(), "is static", "make it an instance method"),
        Arguments.of("stringParameter", List.of(String.class), "takes (String)", "takes a dev.yieldlab.api.Loop and/or a dev.yieldlab.api.VariantSpec"),
        Arguments.of("returnsInt", List.of(Runs.class), "returns int", "returns void and asserts instead"),
        Arguments.of("readsMissingRun", List.of(Runs.class), "reads [missing]", "use one of [valid, duplicate]"),
        Arguments.of("bothRunAndCheck", List.of(), "is also annotated @Check", "split it in two"),
        Arguments.of("badTimeout", List.of(), "@Run(timeout) = \"soon\" is not a duration", "e.g. \"10s\""));
  }

  @ParameterizedTest(name = "{0}: \"{2}\"")
  @MethodSource("malformedMethods")
  @DisplayName("a malformed method is a WARNING naming class, method and fix, with a MethodSource, and a failing test there")
  void malformedMethod(String name, List<Class<?>> parameters, String problem, String fix) throws Exception {
    Method method = BadMethodsFixture.class.getDeclaredMethod(name, parameters.toArray(Class<?>[]::new));
    List<DiscoveryIssue> issues = virtual().selectors(selectClass(BadMethodsFixture.class)).discover()
        .getDiscoveryIssues();
    TestSource source = org.junit.platform.engine.support.descriptor.MethodSource.from(BadMethodsFixture.class, method);
    assertThat(issues).filteredOn(issue -> issue.source().equals(Optional.of(source)))
        .singleElement().satisfies(issue -> {
          assertThat(issue.severity()).isEqualTo(DiscoveryIssue.Severity.WARNING);
          assertThat(issue.message())
              .contains(BadMethodsFixture.class.getName() + "." + name
                  + parameters.stream().map(Class::getSimpleName).collect(java.util.stream.Collectors.joining(", ", "(", ")")))
              .contains(problem)
              .contains(fix);
        });

    EngineExecutionResults results = virtual().selectors(selectClass(BadMethodsFixture.class)).execute();
    String signature = name + parameters.stream().map(Class::getName)
        .collect(java.util.stream.Collectors.joining(",", "(", ")"));
    Throwable failure = failureOf(results, "invalid:" + signature);
    assertThat(failure).isInstanceOf(InvalidExperimentException.class).hasMessageContaining(problem);
  }

  @Test
  @DisplayName("two @Run methods with the same name: one is reported by its exact overload, the other runs")
  void duplicateRunNames() {
    List<DiscoveryIssue> issues = virtual().selectors(selectClass(BadMethodsFixture.class)).discover()
        .getDiscoveryIssues();
    DiscoveryIssue duplicate = issues.stream()
        .filter(issue -> issue.message().contains("has the same name as another @Run method"))
        .collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), List::getFirst));
    assertThat(duplicate.message()).contains("give each run its own method name");
    EngineExecutionResults results = virtual().selectors(selectClass(BadMethodsFixture.class)).execute();
    assertThat(resultOf(results, "run:duplicate").getStatus()).isEqualTo(Status.SUCCESSFUL);
    List<String> failedDuplicates = results.testEvents().failed().stream().map(YieldlabKit::leafSegment)
        .filter(segment -> segment.startsWith("invalid:duplicate")).toList();
    assertThat(failedDuplicates).hasSize(1);
    // The message must name the overload that failed, not just "duplicate()": the two differ only by parameters.
    String failedOverload = failedDuplicates.getFirst().endsWith("(" + Loop.class.getName() + ")")
        ? "duplicate(Loop)" : "duplicate()";
    assertThat(duplicate.message()).contains(BadMethodsFixture.class.getName() + "." + failedOverload + " has");
    Method reported = ((org.junit.platform.engine.support.descriptor.MethodSource) duplicate.source().orElseThrow())
        .getJavaMethod();
    assertThat(reported.getParameterCount()).isEqualTo(failedOverload.equals("duplicate()") ? 0 : 1);
  }

  @Test
  @DisplayName("every method mistake is reported, and the experiment's valid run and check still run and pass")
  void validPartsStillRun() {
    List<DiscoveryIssue> issues = virtual().selectors(selectClass(BadMethodsFixture.class)).discover()
        .getDiscoveryIssues();
    assertThat(issues).hasSize(8).allMatch(issue -> issue.severity() == DiscoveryIssue.Severity.WARNING);
    EngineExecutionResults results = virtual().selectors(selectClass(BadMethodsFixture.class)).execute();
    assertThat(resultOf(results, "run:valid").getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(resultOf(results, "check:validCheck").getStatus()).isEqualTo(Status.SUCCESSFUL);
    results.testEvents().assertStatistics(stats -> stats.failed(8));
  }

  @Test
  @DisplayName("a tag filter on the claim id keeps a malformed experiment's failing tests (mvn test -Dgroups=<claim>)")
  void tagFilterKeepsInvalidTests() {
    // Without the claim tag the failing tests would be filtered out and the mistake reduced to a log line.
    EngineExecutionResults methods = virtual().selectors(selectClass(BadMethodsFixture.class))
        .filters(org.junit.platform.launcher.TagFilter.includeTags("M6")).execute();
    methods.testEvents().assertStatistics(stats -> stats.failed(8).succeeded(3));
    EngineExecutionResults type = virtual().selectors(selectClass(AbstractFixture.class))
        .filters(org.junit.platform.launcher.TagFilter.includeTags("M1")).execute();
    type.testEvents().assertStatistics(stats -> stats.failed(1));
  }

  @Test
  @DisplayName("malformed experiments found by a package scan do not stop the well-formed ones in the same request")
  void othersStillRun() {
    EngineExecutionResults results = virtual()
        .selectors(selectPackage(MALFORMED), selectClass(PassingFixture.class))
        .execute();
    // 5 malformed classes + 8 malformed methods + BadVariantsFixture's 9 fail; PassingFixture's 4 tests,
    // BadMethodsFixture's valid run, duplicate(...) survivor and check, and BadVariantsFixture's fine run pass.
    results.testEvents().assertStatistics(stats -> stats.failed(13 + 9).succeeded(4 + 3 + 1).aborted(0));
    assertThat(resultOf(results, "experiment:" + PassingFixture.class.getName()).getStatus())
        .isEqualTo(Status.SUCCESSFUL);
    List<DiscoveryIssue> issues = virtual().selectors(selectPackage(MALFORMED), selectClass(PassingFixture.class))
        .discover().getDiscoveryIssues();
    assertThat(issues).hasSize(13 + 9);
  }
}
