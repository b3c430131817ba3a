package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Collects check outcomes during an execution and turns them into one {@link ClaimVerdict} per
 * claim: the claims the post makes (in its order), then any other claim an experiment named.
 *
 * <p>The rule: only passed and failed checks are evidence, weighed by their {@link Stance}. A check
 * is <em>for</em> the sentence when it supports it and passed, or contradicts or qualifies it and failed;
 * <em>against</em> it when it supports it and failed, or contradicts it and passed; a passed check
 * that qualifies it is neither. A claim is <b>confirmed</b> only when every check bearing on it
 * produced evidence and all of it is for the sentence. Evidence only for it, while some checks
 * produced none (aborted, errored or inconclusive): <b>partly evidenced</b>, naming those checks and
 * why. Only "against": <b>refuted</b>; for and against: <b>nuanced</b> (both name the checks without
 * evidence too). Checks that ran but none produced evidence: <b>inconclusive</b>, with their reasons;
 * no check ran: <b>skipped</b>.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class ClaimLedger {

  private final List<CheckOutcome> outcomes = new ArrayList<>();

  public synchronized void record(CheckOutcome outcome) {
    outcomes.add(outcome);
  }

  /** Every outcome recorded so far, in order. */
  public synchronized List<CheckOutcome> outcomes() {
    return List.copyOf(outcomes);
  }

  public synchronized List<ClaimVerdict> verdicts(ClaimSentences sentences) {
    return verdicts(outcomes, sentences);
  }

  /** The verdicts {@code outcomes} give, one per claim: the post's claims in their order, then the others. */
  public static List<ClaimVerdict> verdicts(List<CheckOutcome> outcomes, ClaimSentences sentences) {
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

  /**
   * The verdict of {@code checks}: yieldlab's, from the checks of its reproduction, with the checks
   * of the post's own code rerun ({@link CheckOutcome#reference()}) weighed into a verdict of their own.
   */
  public static ClaimVerdict verdict(String claim, String sentence, List<CheckOutcome> checks) {
    List<CheckOutcome> references = checks.stream().filter(CheckOutcome::reference).toList();
    ClaimVerdict reproduction = judge(claim, sentence, checks.stream().filter(c -> !c.reference()).toList(), Optional.empty());
    return references.isEmpty() ? reproduction
        : judge(claim, sentence, reproduction.evidence(), Optional.of(judge(claim, sentence, references, Optional.empty())));
  }

  private static ClaimVerdict judge(String claim, String sentence, List<CheckOutcome> checks,
      Optional<ClaimVerdict> reference) {
    long passed = count(checks, CheckOutcome.Status.PASSED);
    long failed = count(checks, CheckOutcome.Status.FAILED);
    long against = checks.stream().filter(ClaimLedger::isAgainst).count();
    long qualifying = checks.stream()
        .filter(c -> c.status() == CheckOutcome.Status.PASSED && c.stance() == Stance.QUALIFIES).count();
    long support = passed + failed - against - qualifying;
    String uncounted = uncounted(checks);
    Verdict verdict;
    String reason;
    if (checks.isEmpty()) {
      verdict = Verdict.SKIPPED;
      reason = "no experiment for " + claim + " ran in this session (not written yet, or not selected)";
    } else if (passed + failed == 0) {
      verdict = Verdict.INCONCLUSIVE;
      reason = "no check produced evidence: " + uncounted;
    } else {
      verdict = against == 0 && qualifying == 0 ? (uncounted.isEmpty() ? Verdict.CONFIRMED : Verdict.PARTLY_EVIDENCED)
          : support == 0 && qualifying == 0 ? Verdict.REFUTED : Verdict.NUANCED;
      reason = passed + " of " + (passed + failed) + " checks passed"
          + (failed > 0 ? "; failed: " + names(checks, CheckOutcome.Status.FAILED) : "")
          + (against + qualifying > 0 ? "; " + support + " for the sentence, " + against + " against it, "
              + qualifying + " qualifying it" : "")
          + (uncounted.isEmpty() ? "" : "; no evidence from " + (checks.size() - passed - failed) + " of "
              + checks.size() + " checks: " + uncounted);
    }
    List<String> findings = checks.stream().flatMap(c -> c.findings().stream()).toList();
    return new ClaimVerdict(claim, sentence, verdict, reason, checks, findings, reference);
  }

  private static boolean isAgainst(CheckOutcome check) {
    return check.status() == CheckOutcome.Status.FAILED && check.stance() == Stance.SUPPORTS
        || check.status() == CheckOutcome.Status.PASSED && check.stance() == Stance.CONTRADICTS;
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
