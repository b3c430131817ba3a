package dev.yieldlab.benchmarks.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the benchmarks from rotting: the whole comparison runs once under {@link Profile#SMOKE}
 * (JMH in this JVM, no warm-up, one 100 ms iteration, tiny sizes; the probes and the asyncio script
 * with tiny sizes too), and every row of the table must have its numbers. Timings are not judged
 * here: a smoke run's figures mean nothing, and timing asserts do not belong in unit tests.
 */
class SmokeComparisonTest {

  private static Compare.Comparison comparison;

  @BeforeAll
  static void runTheComparisonOnce() throws Exception {
    comparison = Compare.run(Profile.SMOKE, Path.of(".."));
  }

  @Test
  void everyFigureHasAFiniteYieldlabValue() {
    for (Figure figure : Figures.ROWS) {
      assertFinite(figure.title() + " (yieldlab)", figure.yieldlab(comparison.yieldlab()));
    }
  }

  @Test
  void everyFigureWithAnAsyncioEquivalentHasAFiniteAsyncioValue() {
    for (Figure figure : Figures.ROWS) {
      if (figure.asyncioKey() != null) {
        assertFinite(figure.title() + " (asyncio)", figure.asyncio(comparison.asyncio()));
      }
    }
  }

  @Test
  void everyBenchmarkAndProbeHasARowInTheTable() {
    Set<String> rows = Figures.ROWS.stream().map(Figure::yieldlabKey).collect(Collectors.toCollection(java.util.HashSet::new));
    rows.addAll(ExplorationFigures.tableKeys());
    // Every benchmark's allocation is measured too (-prof gc), but only some get a row of their own.
    Set<String> measured = comparison.yieldlab().all().keySet().stream()
        .map(key -> key.replaceFirst(JmhSide.ALLOCATION + "$", "")).collect(Collectors.toSet());

    assertThat(measured).as("figures measured but shown on no row").allMatch(rows::contains);
  }

  @Test
  void theReportHoldsTheTableEveryTargetAndTheMachine() throws Exception {
    String report = Files.readString(comparison.report());

    assertThat(report)
        .contains("| figure | yieldlab | asyncio | ratio | target (issues 7, 13, 14, 15, 17, 23) | met? |", "- CPU: ", "- Python: 3.",
            PerformanceReport.END_OF_GENERATED, "## Schedules to the first refutation, per bug and strategy")
        .doesNotContain("not measured");
    assertThat(Targets.judge(comparison.yieldlab(), comparison.asyncio()).values())
        .flatMap(verdicts -> verdicts)
        .allSatisfy(verdict -> assertThat(verdict.verdict()).isIn("met", "**missed**"));
  }

  private static void assertFinite(String what, Optional<Value> value) {
    assertThat(value).as(what).isPresent();
    assertThat(value.get().value()).as(what).isFinite();
  }
}
