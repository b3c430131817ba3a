package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.yieldlab.api.Stance;
import dev.yieldlab.api.timing.InconclusiveClaimFailure;
import dev.yieldlab.api.timing.InconclusiveTimingException;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.opentest4j.TestAbortedException;

/**
 * How one check ended, as the ledger counts it.
 *
 * @param claim the claim id of the check's experiment
 * @param experiment the experiment's title (its Allure story)
 * @param check the check's display name: what it asserts
 * @param location where to find it: {@code class#method}
 * @param stance what a pass says about the claim's sentence
 * @param status what happened
 * @param message the failure's message, empty when it passed
 * @param reference whether the check is about the post's own code rerun, not yieldlab's reproduction
 * @param findings the sentences the check published as what it found, in order
 * @param scopes how far its evidence reaches (a timing claim's interval), in order
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record CheckOutcome(String claim, String experiment, String check, String location, Stance stance, Status status,
    String message, boolean reference, List<String> findings, List<EvidenceScope> scopes) implements java.io.Serializable {

  public CheckOutcome {
    findings = List.copyOf(findings);
    scopes = List.copyOf(scopes);
  }

  /** Serialized with its lists as arrays, so that reading it back admits no JDK collection class. */
  private Object writeReplace() {
    return new Serialized(claim, experiment, check, location, stance, status, message, reference,
        findings.toArray(String[]::new), scopes.toArray(EvidenceScope[]::new));
  }

  private record Serialized(String claim, String experiment, String check, String location, Stance stance,
      Status status, String message, boolean reference, String[] findings, EvidenceScope[] scopes)
      implements java.io.Serializable {
    private Object readResolve() {
      return new CheckOutcome(claim, experiment, check, location, stance, status, message, reference, List.of(findings),
          List.of(scopes));
    }
  }

  /** The outcome of a check that published findings but no scope. */
  public CheckOutcome(String claim, String experiment, String check, String location, Stance stance, Status status,
      String message, boolean reference, List<String> findings) {
    this(claim, experiment, check, location, stance, status, message, reference, findings, List.of());
  }

  /** The outcome of a check of yieldlab's reproduction that published no finding. */
  public CheckOutcome(String claim, String experiment, String check, String location, Stance stance, Status status,
      String message) {
    this(claim, experiment, check, location, stance, status, message, false, List.of());
  }

  /** Only PASSED and FAILED say something about the claim; the others mean "no evidence". */
  public enum Status {
    PASSED,
    /** An assertion failed: the evidence contradicts what the check asserts. */
    FAILED,
    /** A run it reads failed or did not run, so it had nothing to assert on. */
    ABORTED,
    /** It threw something other than an assertion error: a defect of the experiment, not evidence. */
    BROKEN,
    /**
     * A timing claim whose evidence decided nothing within its budget ({@link
     * InconclusiveTimingException}, or {@link InconclusiveClaimFailure} under {@code yieldlab.inconclusive=fail}).
     */
    INCONCLUSIVE;

    public static Status of(Optional<Throwable> failure) {
      if (failure.isEmpty()) {
        return PASSED;
      }
      Throwable thrown = failure.get();
      if (thrown instanceof InconclusiveTimingException || thrown instanceof InconclusiveClaimFailure) {
        return INCONCLUSIVE;
      }
      if (thrown instanceof TestAbortedException) {
        return ABORTED;
      }
      return thrown instanceof AssertionError ? FAILED : BROKEN;
    }

    public boolean isEvidence() {
      return this == PASSED || this == FAILED;
    }
  }

  public static String messageOf(Optional<Throwable> failure) {
    return failure.map(thrown -> thrown.getMessage() == null ? thrown.getClass().getName() : firstLine(thrown.getMessage()))
        .orElse("");
  }

  private static String firstLine(String message) {
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }
}
