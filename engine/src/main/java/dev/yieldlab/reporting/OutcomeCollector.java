package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apiguardian.api.API;

/**
 * Turns a reporter's calls about checks into the claims ledger's {@link CheckOutcome}s: what each
 * check found ({@link ExperimentReporter#checkFinding}) and how far its evidence reaches ({@link
 * ExperimentReporter#checkScope}) wait until it finishes, then become one outcome per claim it bears
 * on. Every reporter that keeps a ledger (the Allure results, the console summary, the verdict
 * benchmark) collects through one of these, so they count alike; a reporter that does nothing else
 * extends it.
 */
@API(status = INTERNAL, since = "0.4")
public class OutcomeCollector implements ExperimentReporter {

  private final ClaimLedger ledger = new ClaimLedger();
  /** Per check, until its outcome goes into the ledger; only the executing checks' are ever here. */
  private final Map<String, List<String>> findings = new ConcurrentHashMap<>();
  private final Map<String, List<EvidenceScope>> scopes = new ConcurrentHashMap<>();

  @Override
  public void checkFinding(CheckReport check, String sentence) {
    findings.computeIfAbsent(location(check), key -> new CopyOnWriteArrayList<>()).add(sentence);
  }

  @Override
  public void checkScope(CheckReport check, EvidenceScope scope) {
    scopes.computeIfAbsent(location(check), key -> new CopyOnWriteArrayList<>()).add(scope);
  }

  @Override
  public void checkFinished(CheckReport check, Optional<Throwable> failure) {
    finished(check, failure);
  }

  /** Records the check's outcome for each of its claims; returns its status. */
  public final CheckOutcome.Status finished(CheckReport check, Optional<Throwable> failure) {
    CheckOutcome.Status status = CheckOutcome.Status.of(failure);
    List<String> found = Optional.ofNullable(findings.remove(location(check))).orElse(List.of());
    List<EvidenceScope> reach = Optional.ofNullable(scopes.remove(location(check))).orElse(List.of());
    for (String claim : check.claims()) {
      ledger.record(new CheckOutcome(claim, check.experiment().title(), check.displayName(), location(check),
          check.stance(), status, CheckOutcome.messageOf(failure), check.reference(), found, reach));
    }
    return status;
  }

  public final ClaimLedger ledger() {
    return ledger;
  }

  /** {@code pkg.SomeExperiment#someCheck}: where a check is, and its key. */
  public static String location(CheckReport check) {
    return check.experiment().type().getName() + "#" + check.name();
  }
}
