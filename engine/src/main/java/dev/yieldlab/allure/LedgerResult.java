package dev.yieldlab.allure;

import dev.yieldlab.reporting.ClaimVerdict;
import dev.yieldlab.reporting.MachineProfile;
import dev.yieldlab.reporting.Verdict;
import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.util.ResultsUtils;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * The claims ledger as one extra Allure result, written straight through {@link AllureLifecycle}:
 * the ledger is a summary of the run, not a test, so it has no descriptor and no listener would
 * record it.
 */
final class LedgerResult {

  static final String LEDGER = "Claims ledger";

  private LedgerResult() {}

  /**
   * The ledger's own status: failed when a claim is refuted, unknown (no status, as an inconclusive
   * check's) when a claim is only partly evidenced or inconclusive, passed otherwise.
   */
  static Status status(List<ClaimVerdict> verdicts) {
    if (verdicts.stream().anyMatch(v -> v.verdict() == Verdict.REFUTED)) {
      return Status.FAILED;
    }
    return verdicts.stream().anyMatch(v -> v.verdict().lacksEvidence()) ? null : Status.PASSED;
  }

  static void write(List<ClaimVerdict> verdicts, MachineProfile machine) {
    AllureLifecycle lifecycle = Allure.getLifecycle();
    String uuid = UUID.randomUUID().toString();
    long now = System.currentTimeMillis();
    TestResult result = new TestResult()
        .setUuid(uuid)
        .setName(LEDGER + ": " + LedgerHtml.summary(verdicts))
        .setFullName("dev.yieldlab.ClaimsLedger")
        .setHistoryId(MachineParameter.historyId("dev.yieldlab:claims-ledger", machine))
        .setParameters(List.of(ResultsUtils.createParameter(MachineParameter.NAME, machine.name())))
        .setTestCaseId(ResultsUtils.md5("dev.yieldlab:claims-ledger"))
        .setStatus(status(verdicts))
        .setStart(now)
        .setDescriptionHtml(LedgerHtml.description(verdicts, machine))
        .setLabels(List.of(
            ResultsUtils.createEpicLabel(AllureExperimentReporter.EPIC),
            ResultsUtils.createFeatureLabel(LEDGER),
            ResultsUtils.createStoryLabel("What the run says about each claim"),
            ResultsUtils.createSuiteLabel(LEDGER),
            new Label().setName("framework").setValue("yieldlab")));
    lifecycle.scheduleTestCase(result);
    lifecycle.startTestCase(uuid);
    lifecycle.addAttachment(LEDGER, "text/html", ".html", LedgerHtml.page(verdicts).getBytes(StandardCharsets.UTF_8));
    lifecycle.stopTestCase(uuid);
    lifecycle.writeTestCase(uuid);
  }
}
