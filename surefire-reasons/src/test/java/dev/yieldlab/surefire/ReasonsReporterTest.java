package dev.yieldlab.surefire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.surefire.report.ReportEntryType;
import org.apache.maven.plugin.surefire.report.TestSetStats;
import org.apache.maven.plugin.surefire.report.WrappedReportEntry;
import org.apache.maven.surefire.api.report.LegacyPojoStackTraceWriter;
import org.apache.maven.surefire.api.report.RunMode;
import org.apache.maven.surefire.api.report.SimpleReportEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * An aborted test as Surefire's JUnit Platform provider reports it (its exception, no message) gets
 * that exception's message; everything else reaches Surefire's XML writer as it was.
 */
@DisplayName("Surefire's XML keeps the reason of an aborted test")
class ReasonsReporterTest {

  private static WrappedReportEntry entry(String name, ReportEntryType type, Throwable thrown) {
    SimpleReportEntry reported = new SimpleReportEntry(RunMode.NORMAL_RUN, 1L, "x.Experiment", "C1: an experiment",
        name, name, thrown == null ? null : new LegacyPojoStackTraceWriter("x.Experiment", name, thrown), 12, null, Map.of());
    return new WrappedReportEntry(reported, type, 12, null, null);
  }

  @Test
  @DisplayName("an aborted test's <skipped> gets its exception's message; passes, failures and skips with a message are kept")
  void abortedGetsItsReason() {
    TestSetStats stats = new TestSetStats(false, false);
    stats.testSkipped(entry("inconclusive", ReportEntryType.SKIPPED,
        new IllegalStateException("inconclusive (too noisy: the pairs' ratios vary by 14 %)")));
    stats.testSucceeded(entry("passes", ReportEntryType.SUCCESS, null));
    stats.testFailure(entry("fails", ReportEntryType.FAILURE, new AssertionError("refuted")));
    stats.testSkipped(entry("disabled", ReportEntryType.SKIPPED, null));

    TestSetStats kept = ReasonsReporter.withReasons(stats, false);

    List<WrappedReportEntry> entries = List.copyOf(kept.getReportEntries());
    assertThat(entries).extracting(WrappedReportEntry::getName).containsExactly("inconclusive", "passes", "fails", "disabled");
    assertThat(entries.getFirst().getMessage()).isEqualTo("inconclusive (too noisy: the pairs' ratios vary by 14 %)");
    assertThat(entries.getFirst().getReportEntryType()).isEqualTo(ReportEntryType.SKIPPED);
    assertThat(entries.getFirst().getStackTraceWriter()).isNotNull();
    assertThat(entries.get(1)).isSameAs(stats.getReportEntries().stream().toList().get(1));
    assertThat(kept.getSkipped()).isEqualTo(2);
    assertThat(kept.getFailures()).isEqualTo(1);
    assertThat(kept.getCompletedCount()).isEqualTo(4);
  }
}
