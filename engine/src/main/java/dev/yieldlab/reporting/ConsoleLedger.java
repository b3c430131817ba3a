package dev.yieldlab.reporting;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.PrintStream;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The claims ledger on the console, printed when the execution ends: a line of counts, then a line
 * per claim that checks bore on, with its verdict and reason. It is there with or without any report
 * on the class path, so that a claim that is only partly evidenced, or inconclusive, says so where
 * {@code mvn test} is read.
 */
@API(status = INTERNAL, since = "0.4")
public final class ConsoleLedger extends OutcomeCollector {

  private final PrintStream out;

  public ConsoleLedger(PrintStream out) {
    this.out = out;
  }

  @Override
  public void executionFinished() {
    if (ledger().outcomes().isEmpty()) {
      return;
    }
    out.println(render(ledger().verdicts(ClaimSentences.load())));
  }

  /** {@code [yieldlab] claims ledger: 3 confirmed, ...} and a line per claim that checks bore on. */
  static String render(List<ClaimVerdict> verdicts) {
    StringBuilder text = new StringBuilder("[yieldlab] claims ledger: ").append(ClaimVerdict.summary(verdicts));
    for (ClaimVerdict verdict : verdicts) {
      if (verdict.verdict() != Verdict.SKIPPED) {
        text.append(System.lineSeparator()).append("  ").append(verdict.claim()).append(": ")
            .append(verdict.verdict().label()).append(" (").append(verdict.reason()).append(')');
        verdict.reference().ifPresent(reference -> text.append("; the original, rerun: ")
            .append(reference.verdict().label()).append(" (").append(reference.reason()).append(')'));
      }
    }
    return text.toString();
  }
}
