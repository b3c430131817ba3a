package dev.yieldlab.junit;

import static dev.yieldlab.junit.YieldlabKit.childId;
import static dev.yieldlab.junit.YieldlabKit.entriesOf;
import static dev.yieldlab.junit.YieldlabKit.failureOf;
import static dev.yieldlab.junit.YieldlabKit.resultOf;
import static dev.yieldlab.junit.YieldlabKit.virtual;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.yieldlab.junit.fixtures.variants.ReportFixture;
import dev.yieldlab.junit.fixtures.variants.RunsFixture;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.TestAbortedException;

/** What checks see of variants through Runs, and what they publish through Report. */
@DisplayName("Checks reading variants and publishing reports")
class EngineRunsAndReportTest {

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @DisplayName("Runs")
  class ReadingVariants {

    private EngineExecutionResults results;

    @BeforeAll
    void runTheFixtureOnce() {
      results = virtual().selectors(selectClass(RunsFixture.class)).execute();
    }

    @Test
    @DisplayName("get(run) on a run with several variants fails, naming them and how to choose one")
    void getWithoutVariantNamesTheVariants() {
      assertThat(failureOf(results, "check:getWithoutVariant")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("run 'multi' has the variants [zeta, alpha, mid]")
          .hasMessageContaining("runs.get(\"multi\", variant)")
          .hasMessageContaining("runs.variants(\"multi\")");
    }

    @Test
    @DisplayName("get(run, variant) returns that variant's result, labelled \"run [variant]\"")
    void getByVariant() {
      assertThat(resultOf(results, "check:getByVariant").getStatus()).isEqualTo(Status.SUCCESSFUL);
    }

    @Test
    @DisplayName("variants(run) returns the results in declaration order, not by name")
    void variantsInDeclarationOrder() {
      assertThat(resultOf(results, "check:variantsInDeclarationOrder").getStatus()).isEqualTo(Status.SUCCESSFUL);
    }

    @Test
    @DisplayName("get(run, unknown variant) fails with the variants that exist")
    void unknownVariant() {
      assertThat(failureOf(results, "check:unknownVariant")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("run 'multi' has no variant 'omega'; it has [zeta, alpha, mid]");
    }

    @Test
    @DisplayName("a failed variant fails its own test; a check reading it is aborted with its failure as the cause")
    void failedVariantAbortsItsReader() {
      assertThat(failureOf(results, "variant:broken")).isInstanceOf(IllegalStateException.class)
          .hasMessage("the broken variant broke");
      assertThat(resultOf(results, "check:readsFailedVariant").getStatus()).isEqualTo(Status.ABORTED);
      assertThat(failureOf(results, "check:readsFailedVariant")).isInstanceOf(TestAbortedException.class)
          .hasMessageContaining("run 'flaky [broken]' failed")
          .cause().isInstanceOf(IllegalStateException.class).hasMessage("the broken variant broke");
      // The healthy variant of the same run is still readable.
      assertThat(resultOf(results, "check:readsHealthyVariant").getStatus()).isEqualTo(Status.SUCCESSFUL);
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @DisplayName("Report")
  class PublishingReports {

    private EngineExecutionResults results;

    @BeforeAll
    void runTheFixtureOnce() {
      results = virtual().selectors(selectClass(ReportFixture.class)).execute();
    }

    @Test
    @DisplayName("entries and tables are report entries of the check's test, tables as fixed-width text")
    void entriesAndTablesArePublished() {
      assertThat(resultOf(results, "check:publishes").getStatus()).isEqualTo(Status.SUCCESSFUL);
      Map<String, String> entries = entriesOf(results, childId(ReportFixture.class, "check", "publishes"));
      assertThat(entries).containsEntry("answer", "42");
      String nl = System.lineSeparator();
      assertThat(entries).containsEntry("table: sweep",
          "  every      | lag ms" + nl
              + "  1,000      | 0.1" + nl
              + "  10,000,000 | 12.5");
    }

    @Test
    @DisplayName("a table row of the wrong width fails the check, naming the table, the row and both widths")
    void raggedTableFails() {
      assertThat(failureOf(results, "check:wrongWidth")).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("table 'ragged': row [3] has 1 cells, the header has 2");
      // Nothing half-written: a rejected table publishes no entry.
      assertThat(entriesOf(results, childId(ReportFixture.class, "check", "wrongWidth"))).isEmpty();
    }
  }
}
