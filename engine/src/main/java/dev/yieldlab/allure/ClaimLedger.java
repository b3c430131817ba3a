package dev.yieldlab.allure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Collects check outcomes during an execution and turns them into one {@link ClaimVerdict} per
 * claim: the claims the post makes (in its order), then any other claim an experiment named.
 *
 * <p>The rule: only passed and failed checks are evidence. All evidence passed: confirmed; all
 * failed: refuted; both: nuanced; none: skipped, with the reason (aborted or broken checks, or no
 * experiment for the claim in this run). Checks that are not evidence are still listed, and named in
 * the reason, so a confirmed claim with a broken check does not look cleaner than it is.
 */
final class ClaimLedger {

  private final List<CheckOutcome> outcomes = new ArrayList<>();

  synchronized void record(CheckOutcome outcome) {
    outcomes.add(outcome);
  }

  synchronized List<ClaimVerdict> verdicts(ClaimSentences sentences) {
    Map<String, List<CheckOutcome>> byClaim = outcomes.stream()
        .collect(Collectors.groupingBy(CheckOutcome::claim, LinkedHashMap::new, Collectors.toList()));
    Set<String> claims = new LinkedHashSet<>(sentences.asMap().keySet());
    claims.addAll(byClaim.keySet());
    List<ClaimVerdict> verdicts = new ArrayList<>();
    for (String claim : claims) {
      String sentence = sentences.asMap().getOrDefault(claim, "(no sentence for this claim in " + ClaimSentences.RESOURCE + ")");
      verdicts.add(verdict(claim, sentence, byClaim.getOrDefault(claim, List.of())));
    }
    return verdicts;
  }

  static ClaimVerdict verdict(String claim, String sentence, List<CheckOutcome> checks) {
    long passed = count(checks, CheckOutcome.Status.PASSED);
    long failed = count(checks, CheckOutcome.Status.FAILED);
    String uncounted = uncounted(checks);
    Verdict verdict;
    String reason;
    if (checks.isEmpty()) {
      verdict = Verdict.SKIPPED;
      reason = "no experiment for " + claim + " ran in this session (not written yet, or not selected)";
    } else if (passed + failed == 0) {
      verdict = Verdict.SKIPPED;
      reason = "no check produced evidence: " + uncounted;
    } else {
      verdict = failed == 0 ? Verdict.CONFIRMED : passed == 0 ? Verdict.REFUTED : Verdict.NUANCED;
      reason = passed + " of " + (passed + failed) + " checks passed"
          + (failed > 0 ? "; failed: " + names(checks, CheckOutcome.Status.FAILED) : "")
          + (uncounted.isEmpty() ? "" : "; not counted: " + uncounted);
    }
    return new ClaimVerdict(claim, sentence, verdict, reason, List.copyOf(checks));
  }

  private static long count(List<CheckOutcome> checks, CheckOutcome.Status status) {
    return checks.stream().filter(c -> c.status() == status).count();
  }

  private static String names(List<CheckOutcome> checks, CheckOutcome.Status status) {
    return checks.stream().filter(c -> c.status() == status).map(c -> "\"" + c.check() + "\"")
        .collect(Collectors.joining(", "));
  }

  private static String uncounted(List<CheckOutcome> checks) {
    return checks.stream().filter(c -> !c.status().isEvidence())
        .map(c -> "\"" + c.check() + "\" " + c.status().name().toLowerCase(java.util.Locale.ROOT)
            + (c.message().isEmpty() ? "" : " (" + c.message() + ")"))
        .collect(Collectors.joining("; "));
  }
}
