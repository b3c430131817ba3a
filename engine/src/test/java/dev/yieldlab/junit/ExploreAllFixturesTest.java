package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.api.explore.ScheduleRefutation;
import dev.yieldlab.junit.fixtures.BrokenCheckFixture;
import dev.yieldlab.junit.fixtures.ClockFixture;
import dev.yieldlab.junit.fixtures.LongSleepFixture;
import dev.yieldlab.junit.fixtures.PassingFixture;
import dev.yieldlab.junit.fixtures.ThrowingRunFixture;
import dev.yieldlab.junit.fixtures.VariantsFixture;
import dev.yieldlab.junit.fixtures.WrongOrderFixture;
import dev.yieldlab.junit.fixtures.injected.CountingFixture;
import dev.yieldlab.junit.fixtures.variants.InjectedFixture;
import dev.yieldlab.junit.fixtures.variants.ReportFixture;
import dev.yieldlab.junit.fixtures.variants.RunsFixture;
import dev.yieldlab.junit.fixtures.variants.VariantTreeFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * {@code -Dyieldlab.explore.all=N} over the engine's own well-formed fixtures: every run that allows it
 * is explored with no change to the fixture, and a check that passes in the one FIFO order passes in
 * every explored schedule too, unless a schedule refutes it for real. One does: PassingFixture asserts
 * the exact log order of two tasks that wake at the same instant ("t1 done" before "t2 done"), which
 * holds only because FIFO breaks the tie; a schedule that resumes t2 first refutes it. That is the only
 * finding, it is a refutation by a replayable schedule, and nothing else changes.
 */
@DisplayName("explore.all over the engine's fixtures")
class ExploreAllFixturesTest {

  static final List<Class<?>> FIXTURES = List.of(PassingFixture.class, ClockFixture.class, LongSleepFixture.class,
      VariantsFixture.class, WrongOrderFixture.class, BrokenCheckFixture.class, ThrowingRunFixture.class,
      CountingFixture.class, InjectedFixture.class, ReportFixture.class, RunsFixture.class, VariantTreeFixture.class);

  @Test
  @DisplayName("every check that passes in FIFO's order passes in every explored schedule; none is refuted")
  void noFalseRefutations() {
    List<String> findings = new ArrayList<>();
    int explored = 0;
    for (Class<?> fixture : FIXTURES) {
      long started = System.nanoTime();
      Map<String, TestExecutionResult> fifo = checks(virtual().selectors(selectClass(fixture)).execute());
      EngineExecutionResults all = virtual().configurationParameter("yieldlab.explore.all", "100")
          .selectors(selectClass(fixture)).execute();
      explored += (int) all.allEvents().reportingEntryPublished().stream()
          .filter(e -> e.getPayload(org.junit.platform.engine.reporting.ReportEntry.class)
              .map(entry -> entry.getKeyValuePairs().containsKey("explored")).orElse(false)).count();
      System.out.printf("[explore.all] %s: %.1f s%n", fixture.getSimpleName(), (System.nanoTime() - started) / 1e9);
      checks(all).forEach((check, result) -> {
        if (fifo.get(check).getStatus() == TestExecutionResult.Status.SUCCESSFUL
            && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
          findings.add(check.substring(check.indexOf("[experiment:") + 12).replace("]/[check:", "#").replace("]", "")
              + " " + result.getThrowable().map(t -> t instanceof ScheduleRefutation refuted
                  ? "refuted by " + refuted.schedule() : "other: " + t).orElse(result.getStatus().toString()));
        }
      });
    }
    System.out.println("[explore.all] runs explored: " + explored + "; findings: " + findings);
    assertThat(explored).as("runs explored").isGreaterThan(10);
    assertThat(findings).singleElement().asString()
        .startsWith("dev.yieldlab.junit.fixtures.PassingFixture#stepsAlternate refuted by ");
  }

  private static Map<String, TestExecutionResult> checks(EngineExecutionResults results) {
    Map<String, TestExecutionResult> checks = new LinkedHashMap<>();
    for (Event event : results.testEvents().finished().list()) {
      String segment = YieldlabKit.leafSegment(event);
      if (segment.startsWith("check:")) {
        checks.put(event.getTestDescriptor().getUniqueId().toString(), event.getRequiredPayload(TestExecutionResult.class));
      }
    }
    return checks;
  }
}
