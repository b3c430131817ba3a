package dev.yieldlab.allure;

import static dev.yieldlab.allure.MarkupAssertions.assertNoLiveScript;
import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.api.ClockKind;
import dev.yieldlab.api.RunResult;
import dev.yieldlab.api.Stance;
import dev.yieldlab.api.VariantSpec;
import dev.yieldlab.api.Yields;
import dev.yieldlab.api.timing.Measurement;
import dev.yieldlab.reporting.CheckOutcome.Status;
import dev.yieldlab.reporting.CheckOutcome;
import dev.yieldlab.reporting.ClaimAcrossMachines;
import dev.yieldlab.reporting.ClaimLedger;
import dev.yieldlab.reporting.ClaimSentences;
import dev.yieldlab.reporting.ClaimVerdict;
import dev.yieldlab.reporting.MachineOutcomes;
import dev.yieldlab.reporting.MachineProfile;
import dev.yieldlab.reporting.RunMeasures;
import dev.yieldlab.reporting.RunSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Allure shows HTML attachments and descriptions with scripts enabled: nothing may get through. */
class HtmlEscapingTest {

  private static RunResult hostileRun(String name) {
    return new RunResult(name, VariantSpec.DEFAULT, HostileText.timeline(), Measurement.single(Duration.ofMillis(10)), null,
        Optional.of(new IllegalStateException(HostileText.QUOTED_LOG)));
  }

  @Test
  void theRunsMeasuresTableEscapesSettingsMeasuresAndCoroutineNames() {
    // Settings and measures are typed; what a user writes in them is the variant's name and parameters.
    VariantSpec variant = new VariantSpec("<img src=x onerror=alert(1)>", Yields.PLAIN, 0, Optional.empty(),
        Map.of("elapsed \"ms\"", HostileText.KOREAN_LOG));
    RunSettings settings = new RunSettings(ClockKind.REAL, Duration.ofSeconds(1), variant, 0, 1, false);
    RunMeasures measures = RunMeasures.of(ClockKind.REAL, hostileRun("r"));

    String html = MeasuresTable.forRun(HostileText.SCRIPT_TASK, settings, measures, hostileRun("r"));

    assertNoLiveScript(html);
    assertThat(html).contains("&lt;script&gt;alert(&#39;task&#39;)&lt;/script&gt;", "&lt;img src=x onerror",
        HostileText.KOREAN_TASK, HostileText.KOREAN_LOG, "<meta charset=\"utf-8\">");
  }

  @Test
  void theChecksMeasuresTableEscapesRunNamesAndFailureMessages() {
    String html = MeasuresTable.forCheck("check", List.of(hostileRun(HostileText.SCRIPT_TASK), hostileRun("b")));

    assertNoLiveScript(html);
    assertThat(html).contains("failed: say &quot;hi&quot; &amp; &#39;bye&#39;", "Elapsed ratios", "1.000");
  }

  @Test
  void theLedgerEscapesSentencesCheckNamesAndReasons() {
    CheckOutcome check = new CheckOutcome("C<1>", HostileText.KOREAN_TASK, HostileText.SCRIPT_TASK,
        "x.Y#z", Stance.SUPPORTS, Status.ABORTED, HostileText.QUOTED_LOG + "\n" + HostileText.MULTILINE_LOG);
    List<ClaimVerdict> verdicts = List.of(ClaimLedger.verdict("C<1>", HostileText.QUOTED_LOG, List.of(check)));

    MachineProfile machine = new MachineProfile(HostileText.SCRIPT_TASK, "cpu", 1, "jvm", "os");
    MachineOutcomes outcomes = new MachineOutcomes(machine, List.of(check));
    for (String html : List.of(LedgerHtml.page(verdicts), LedgerHtml.description(verdicts, machine),
        LedgerHtml.acrossMachines(ClaimAcrossMachines.of(List.of(outcomes), new ClaimSentences(java.util.Map.of())),
            List.of(machine)))) {
      assertNoLiveScript(html);
      assertThat(html).contains("C&lt;1&gt;", "&lt;script&gt;alert(&#39;task&#39;)", HostileText.KOREAN_TASK, "skipped");
    }
  }

  @Test
  void theLedgerEscapesFindingsAndShowsTheReferenceVerdict() {
    CheckOutcome ours = new CheckOutcome("C1", "e", "c", "x#a", Stance.SUPPORTS, Status.PASSED, "", false,
        List.of(HostileText.SCRIPT_TASK));
    CheckOutcome theirs = new CheckOutcome("C1", "e", "r", "x#b", Stance.SUPPORTS, Status.FAILED, "no", true,
        List.of("asyncio: " + HostileText.QUOTED_LOG));
    String html = LedgerHtml.table(List.of(ClaimLedger.verdict("C1", "s", List.of(ours, theirs))));

    assertNoLiveScript(html);
    assertThat(html).contains("the original code, rerun here", "&lt;script&gt;alert(&#39;task&#39;)",
        "asyncio: say &quot;hi&quot;", "refuted");
  }

  @Test
  void theLedgerSummaryCountsEveryVerdict() {
    List<ClaimVerdict> verdicts = List.of(
        ClaimLedger.verdict("A", "", List.of(new CheckOutcome("A", "e", "c", "l", Stance.SUPPORTS, Status.PASSED, ""))),
        ClaimLedger.verdict("B", "", List.of()));

    assertThat(LedgerHtml.summary(verdicts)).isEqualTo("1 confirmed, 0 partly evidenced, 0 refuted, 0 nuanced, 0 inconclusive, 1 skipped");
  }
}
