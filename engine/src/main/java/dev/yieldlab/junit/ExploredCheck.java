package dev.yieldlab.junit;

import dev.yieldlab.api.Expect;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.explore.CheckVerdict;
import dev.yieldlab.api.explore.ChoiceNote;
import dev.yieldlab.api.explore.ScheduleRefutation;
import dev.yieldlab.reporting.CheckReport;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * A check's test when explored runs' schedules judged it: its verdict is theirs. The check method
 * still runs once in its own test, with its real report, on the schedule its verdict rests on (the
 * shrunk refuting one, or FIFO when it held), so what it publishes is what that schedule showed.
 *
 * <p>Held in every schedule: passes, its scope published. Refuted: fails with a {@link
 * ScheduleRefutation} naming the schedule and the command line that replays it; unless the check
 * expects a refutation ({@link Expect#REFUTED}), which that schedule then is the evidence for, and
 * holding everywhere fails it instead. Nondeterministic: aborted, never a refutation.
 */
final class ExploredCheck {

  private ExploredCheck() {}

  static void judge(CheckMethod check, Class<?> experiment, CheckReport reported, RunStore store, ScheduleJudge judge,
      Report report) {
    List<CheckReport.ExploredVerdict> verdicts = reported.exploredVerdicts();
    String scope = verdicts.stream().map(v -> v.exploration().scope() + " of " + v.exploration().run())
        .collect(Collectors.joining("; "));
    Optional<CheckReport.ExploredVerdict> nondeterministic = first(verdicts, CheckVerdict.Status.NONDETERMINISTIC);
    if (nondeterministic.isPresent()) {
      CheckVerdict.Refutation seeming = nondeterministic.get().verdict().refutation().orElseThrow();
      report.entry("explored", "no verdict: nondeterministic");
      throw new TestAbortedException("no verdict: schedule " + seeming.found() + " of "
          + nondeterministic.get().exploration().run() + " seemed to refute this check, but it does not replay the"
          + " same, so it is no evidence: " + seeming.divergence().orElse("") + ". Something outside the loop's"
          + " choices decides (the REAL time, another thread, an identity hash order): make the run depend on the loop"
          + " only", seeming.failure());
    }
    Optional<CheckReport.ExploredVerdict> refuted = first(verdicts, CheckVerdict.Status.REFUTED);
    if (refuted.isEmpty()) {
      report.entry("explored", "held in " + scope);
      Optional<Throwable> onFifo = judge.invoke(check, store, report);
      if (onFifo.isPresent()) {
        throw sneaky(onFifo.get());
      }
      if (check.expect() == Expect.REFUTED) {
        throw new AssertionFailedError("expected a schedule to refute this check, but it held in " + scope
            + ": the race it is meant to show was not found. Explore more schedules (yieldlab.explore.schedules) or"
            + " other strategies (yieldlab.explore.strategies), or check that the race is there");
      }
      report.finding("held in " + scope);
      return;
    }
    CheckVerdict.Refutation refutation = refuted.get().verdict().refutation().orElseThrow();
    String replay = "mvn test -Dtest=" + experiment.getSimpleName() + "#" + check.name() + " -Dyieldlab.schedule="
        + refutation.shrunk();
    report.entry("refuting schedule", refutation.shrunk().toString());
    report.entry("replay", replay);
    report.entry("where it left FIFO", refutation.deviations().isEmpty() ? "nowhere: the FIFO schedule refutes it"
        : refutation.deviations().stream().map(ChoiceNote::describe).collect(Collectors.joining("; ")));
    Optional<Throwable> onWitness = judge.invoke(check, new ScheduleRuns(store, refutation.witness()), report);
    Throwable said = onWitness.orElse(refutation.failure());
    String message = message(check, refuted.get(), refutation, replay, said);
    if (check.expect() == Expect.REFUTED) {
      report.finding("refuted, as expected, by schedule " + refutation.shrunk() + " (" + refutation.provenance() + ")");
      System.out.println("[yieldlab] " + check.displayName() + ": refuted, as expected." + System.lineSeparator() + message);
      return;
    }
    throw new ScheduleRefutation(message, refutation.shrunk(), said);
  }

  private static String message(CheckMethod check, CheckReport.ExploredVerdict verdict,
      CheckVerdict.Refutation refutation, String replay, Throwable said) {
    String nl = System.lineSeparator();
    StringBuilder text = new StringBuilder(check.displayName() + ": refuted by schedule " + refutation.shrunk() + " of "
        + verdict.exploration().run() + nl + "  " + refutation.provenance() + "; judged on "
        + String.format(java.util.Locale.ROOT, "%,d", verdict.verdict().judged()) + " schedules" + nl
        + "  replay: " + replay + nl);
    if (refutation.deviations().isEmpty()) {
      text.append("  the FIFO schedule itself refutes it").append(nl);
    } else {
      text.append("  where it left FIFO:").append(nl);
      refutation.deviations().forEach(note -> text.append("    ").append(note.describe()).append(nl));
    }
    text.append("  what the check said on it: ").append(said);
    return text.toString();
  }

  private static Optional<CheckReport.ExploredVerdict> first(List<CheckReport.ExploredVerdict> verdicts,
      CheckVerdict.Status status) {
    return verdicts.stream().filter(v -> v.verdict().status() == status).findFirst();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable thrown) throws T {
    throw (T) thrown;
  }
}
