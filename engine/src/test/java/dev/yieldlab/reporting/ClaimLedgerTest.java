package dev.yieldlab.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.yieldlab.reporting.CheckOutcome.Status;
import dev.yieldlab.api.Stance;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ClaimLedgerTest {

  private static CheckOutcome check(String claim, String name, Status status, String message) {
    return check(claim, name, Stance.SUPPORTS, status, message);
  }

  private static CheckOutcome check(String claim, String name, Stance stance, Status status, String message) {
    return new CheckOutcome(claim, "experiment of " + claim, name, "x.Experiment#" + name, stance, status, message);
  }

  private static ClaimVerdict verdictOf(CheckOutcome... checks) {
    return ClaimLedger.verdict("C9", "the post says so", List.of(checks));
  }

  @Test
  void aClaimIsConfirmedWhenEveryCheckPassed() {
    ClaimVerdict verdict = verdictOf(check("C9", "a", Status.PASSED, ""), check("C9", "b", Status.PASSED, ""));

    assertThat(verdict.verdict()).isEqualTo(Verdict.CONFIRMED);
    assertThat(verdict.reason()).isEqualTo("2 of 2 checks passed");
  }

  @Test
  void aClaimIsRefutedWhenEveryCheckFailed() {
    ClaimVerdict verdict = verdictOf(check("C9", "a", Status.FAILED, "ratio 2.0"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REFUTED);
    assertThat(verdict.reason()).contains("0 of 1", "failed: \"a\"");
  }

  @Test
  void aClaimIsNuancedWhenSomeChecksPassedAndSomeFailed() {
    ClaimVerdict verdict = verdictOf(check("C9", "order", Status.PASSED, ""), check("C9", "cost", Status.FAILED, "x"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.NUANCED);
    assertThat(verdict.reason()).contains("1 of 2 checks passed", "failed: \"cost\"");
  }

  @Test
  void aPassingCheckThatContradictsTheSentenceRefutesIt() {
    ClaimVerdict verdict = verdictOf(check("C9", "measured otherwise", Stance.CONTRADICTS, Status.PASSED, ""));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REFUTED);
    assertThat(verdict.reason()).contains("0 for the sentence, 1 against it, 0 qualifying it");
  }

  @Test
  void aSupportingAndAContradictingPassTogetherNuanceTheSentence() {
    ClaimVerdict verdict = verdictOf(check("C9", "order", Status.PASSED, ""),
        check("C9", "cost", Stance.CONTRADICTS, Status.PASSED, ""));

    assertThat(verdict.verdict()).isEqualTo(Verdict.NUANCED);
    assertThat(verdict.reason()).contains("1 for the sentence, 1 against it");
  }

  @Test
  void aPassingQualifyingCheckNuancesAnOtherwiseConfirmedSentence() {
    ClaimVerdict verdict = verdictOf(check("C9", "a", Status.PASSED, ""),
        check("C9", "only in CPython", Stance.QUALIFIES, Status.PASSED, ""));

    assertThat(verdict.verdict()).isEqualTo(Verdict.NUANCED);
    assertThat(verdict.reason()).contains("1 qualifying it");
  }

  @Test
  void aFailedContradictingCheckCountsForTheSentence() {
    ClaimVerdict verdict = verdictOf(check("C9", "measured otherwise", Stance.CONTRADICTS, Status.FAILED, "no"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.CONFIRMED);
  }

  @Test
  void aClaimWhoseChecksAllAbortedIsInconclusiveWithTheirReason() {
    ClaimVerdict verdict = verdictOf(check("C9", "a", Status.ABORTED, "run 'pinned' failed: no taskset"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(verdict.reason()).contains("no check produced evidence", "\"a\" aborted (run 'pinned' failed: no taskset)");
  }

  @Test
  void aClaimWithAPassingCheckAndAnAbortedOneIsOnlyPartlyEvidencedNeverConfirmed() {
    ClaimVerdict verdict = verdictOf(check("C9", "processes", Status.PASSED, ""),
        check("C9", "threads", Status.ABORTED, "no quiet pair"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.PARTLY_EVIDENCED);
    assertThat(verdict.reason()).isEqualTo("1 of 1 checks passed; no evidence from 1 of 2 checks: \"threads\" aborted"
        + " (no quiet pair)");
  }

  @Test
  void anInconclusiveTimingCheckIsNotEvidenceEither() {
    ClaimVerdict partly = verdictOf(check("C9", "order", Status.PASSED, ""),
        check("C9", "ratio", Status.INCONCLUSIVE, "too noisy"));
    ClaimVerdict none = verdictOf(check("C9", "ratio", Status.INCONCLUSIVE, "too noisy"));

    assertThat(partly.verdict()).isEqualTo(Verdict.PARTLY_EVIDENCED);
    assertThat(partly.reason()).contains("\"ratio\" inconclusive (too noisy)");
    assertThat(none.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(Verdict.PARTLY_EVIDENCED.label()).isEqualTo("partly evidenced");
  }

  @Test
  void aFailedCheckStillRefutesWhileAnotherHasNoEvidence() {
    ClaimVerdict verdict = verdictOf(check("C9", "a", Status.FAILED, "2.6"), check("C9", "b", Status.INCONCLUSIVE, "x"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REFUTED);
    assertThat(verdict.reason()).contains("no evidence from 1 of 2 checks");
  }

  @Test
  void aClaimWithoutAnyCheckIsSkippedBecauseNothingRanForIt() {
    ClaimVerdict verdict = verdictOf();

    assertThat(verdict.verdict()).isEqualTo(Verdict.SKIPPED);
    assertThat(verdict.reason()).contains("no experiment for C9 ran");
  }

  @Test
  void aBrokenCheckIsNotEvidenceAndTheClaimIsOnlyPartlyEvidenced() {
    ClaimVerdict verdict = verdictOf(check("C9", "a", Status.PASSED, ""), check("C9", "b", Status.BROKEN, "NPE"));

    assertThat(verdict.verdict()).isEqualTo(Verdict.PARTLY_EVIDENCED);
    assertThat(verdict.reason()).isEqualTo("1 of 1 checks passed; no evidence from 1 of 2 checks: \"b\" broken (NPE)");
    assertThat(verdict.evidence()).hasSize(2);
  }

  @Test
  void theLedgerListsThePostsClaimsInOrderThenClaimsOnlyExperimentsNamed() {
    Map<String, String> sentences = new LinkedHashMap<>();
    sentences.put("C2", "second");
    sentences.put("C1", "first");
    ClaimLedger ledger = new ClaimLedger();
    ledger.record(check("C1", "a", Status.PASSED, ""));
    ledger.record(check("ours", "b", Status.FAILED, "no"));

    List<ClaimVerdict> verdicts = ledger.verdicts(new ClaimSentences(sentences));

    assertThat(verdicts).extracting(ClaimVerdict::claim).containsExactly("C2", "C1", "ours");
    assertThat(verdicts).extracting(ClaimVerdict::verdict)
        .containsExactly(Verdict.SKIPPED, Verdict.CONFIRMED, Verdict.REFUTED);
    assertThat(verdicts.get(2).sentence()).contains("no sentence for this claim");
  }

  @Test
  void assertionErrorsFailAbortsSkipAndOtherExceptionsBreak() {
    assertThat(Status.of(Optional.empty())).isEqualTo(Status.PASSED);
    assertThat(Status.of(Optional.of(new AssertionFailedError("expected 1")))).isEqualTo(Status.FAILED);
    assertThat(Status.of(Optional.of(new AssertionError("plain")))).isEqualTo(Status.FAILED);
    assertThat(Status.of(Optional.of(new TestAbortedException("run failed")))).isEqualTo(Status.ABORTED);
    assertThat(Status.of(Optional.of(new IllegalStateException("bug")))).isEqualTo(Status.BROKEN);
  }

  @Test
  void aFailureMessageIsReducedToItsFirstLine() {
    assertThat(CheckOutcome.messageOf(Optional.of(new AssertionError("\nExpecting x\nbut was y"))))
        .isEqualTo("Expecting x");
    assertThat(CheckOutcome.messageOf(Optional.of(new IllegalStateException()))).isEqualTo("java.lang.IllegalStateException");
  }

  @Test
  void checksOfThePostsOwnCodeGetAVerdictOfTheirOwnWithTheirFindings() {
    CheckOutcome ours = new CheckOutcome("C4", "e", "yieldlab sooner", "x#a", Stance.CONTRADICTS, Status.PASSED, "", false,
        List.of("yieldlab: yielding took 0.71 × the plain run's time"));
    CheckOutcome theirs = new CheckOutcome("C4", "e", "asyncio longer", "x#b", Stance.SUPPORTS, Status.PASSED, "", true,
        List.of("asyncio: yielding took 2.75 × the plain run's time, as the post says"));

    ClaimVerdict verdict = ClaimLedger.verdict("C4", "the post says so", List.of(ours, theirs));

    assertThat(verdict.verdict()).isEqualTo(Verdict.REFUTED);
    assertThat(verdict.evidence()).containsExactly(ours);
    assertThat(verdict.findings()).containsExactly("yieldlab: yielding took 0.71 × the plain run's time");
    assertThat(verdict.reference()).hasValueSatisfying(reference -> {
      assertThat(reference.verdict()).isEqualTo(Verdict.CONFIRMED);
      assertThat(reference.evidence()).containsExactly(theirs);
      assertThat(reference.findings()).containsExactly("asyncio: yielding took 2.75 × the plain run's time, as the post says");
    });
    assertThat(ClaimLedger.verdict("C4", "s", List.of(ours)).reference()).isEmpty();
  }
}
