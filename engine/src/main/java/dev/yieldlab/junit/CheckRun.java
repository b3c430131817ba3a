package dev.yieldlab.junit;

import dev.yieldlab.api.FailureNotes;
import dev.yieldlab.api.Report;
import dev.yieldlab.api.timing.InconclusiveClaimFailure;
import dev.yieldlab.api.timing.InconclusiveTimingException;
import dev.yieldlab.api.timing.MalformedTimingClaimException;
import dev.yieldlab.api.timing.RatioEstimate;
import dev.yieldlab.api.timing.RatioSource;
import dev.yieldlab.api.timing.TimingVerdict;
import dev.yieldlab.api.timing.TimingVerdicts;
import dev.yieldlab.reporting.CheckReport;
import dev.yieldlab.reporting.EvidenceScope;
import dev.yieldlab.reporting.ExperimentInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.opentest4j.TestAbortedException;

/**
 * Executes one {@code @Check}, as often as its timing claims need: when the check ends inconclusive
 * ({@link InconclusiveTimingException}) on a ratio whose pairs the engine can add to, it measures more
 * ({@link MorePairs}) up to the next look (×1.5 the pairs that count) and runs the check again, until
 * the verdict is decided or the check's budget (pairs, time, a machine that stays busy) is spent.
 * Only the last run's report entries count ({@link BufferedReport}); its timing verdicts go to the
 * reporters typed, as verdicts and as the evidence's scope. A spent budget leaves the check aborted
 * with the reason, or failed under {@code yieldlab.inconclusive=fail}.
 */
final class CheckRun {

  private final TestDescriptor descriptor;
  private final CheckMethod check;
  private final Class<?> experiment;
  private final YieldlabExecutionContext context;
  private final long startNanos = System.nanoTime();

  CheckRun(TestDescriptor descriptor, CheckMethod check, Class<?> experiment, YieldlabExecutionContext context) {
    this.descriptor = descriptor;
    this.check = check;
    this.experiment = experiment;
    this.context = context;
  }

  /** What one run of the check left: its failure (null if it passed), its verdicts, its report. */
  private record Attempt(Throwable failure, List<TimingVerdict> verdicts, BufferedReport report) {}

  void execute() throws Throwable {
    Attempt attempt = attempt();
    PairSchedule.Stop stop = null;
    PairSchedule.Goal goal = null;
    while (attempt.failure() instanceof InconclusiveTimingException inconclusive && inconclusive.verdict() != null
        && inconclusive.verdict().source().repeatable() && (stop == null || stop == PairSchedule.Stop.REACHED)) {
      TimingVerdict verdict = inconclusive.verdict();
      TimingSettings settings;
      try {
        settings = TimingSettings.from(context.configuration().parameters());
      } catch (IllegalArgumentException malformed) {
        attempt = new Attempt(new MalformedTimingClaimException(where() + " cannot measure more pairs: "
            + malformed.getMessage(), malformed), attempt.verdicts(), attempt.report());
        break;
      }
      goal = goal(verdict, settings);
      System.out.println(String.format(Locale.ROOT, "[yieldlab] %s: %s; measuring up to %d pairs that count",
          descriptor.getDisplayName(), verdict.verdictText(), goal.counted()));
      try {
        stop = MorePairs.measure(context.runs(), verdict.source(), goal, context.configuration(), context.cancellation());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        attempt = new Attempt(interrupted, attempt.verdicts(), attempt.report());
        break;
      } catch (Exception | Error failed) {
        // A run that fails when timed again: the check errs with it, and the reporters still hear of it.
        attempt = new Attempt(failed, attempt.verdicts(), attempt.report());
        break;
      }
      context.runs().stayedBusy(verdict.source(), stop == PairSchedule.Stop.NEVER_QUIET);
      attempt = attempt();
    }
    finish(settle(attempt, stop, goal));
  }

  /** The next look: the first pairs ({@code yieldlab.timing.pairs}), then half as many again as count. */
  private PairSchedule.Goal goal(TimingVerdict verdict, TimingSettings settings) {
    TimingSettings.Budget budget = settings.budgetOf(check);
    int counted = verdict.estimate().pairs();
    int next = counted < RatioEstimate.MIN_PAIRS
        ? TimingSettings.firstPairs(context.configuration().parameters())
        : Math.max(counted + 1, (int) Math.ceil(counted * 1.5));
    RatioSource source = verdict.source();
    return new PairSchedule.Goal(next, budget.pairs(), startNanos + budget.time().toNanos(),
        context.runs().stayedBusy(source) ? PairSchedule.QUIET_LOOK : settings.quietWait(), context.configuration().clock());
  }

  /**
   * The final attempt's failure as the check ends with it: an inconclusive verdict with what spent the
   * budget (a failure under {@code yieldlab.inconclusive=fail}), a malformed claim naming the check.
   */
  private Attempt settle(Attempt attempt, PairSchedule.Stop stop, PairSchedule.Goal goal) {
    Throwable failure = attempt.failure();
    if (failure instanceof InconclusiveTimingException inconclusive && inconclusive.verdict() != null) {
      TimingVerdict verdict = inconclusive.verdict();
      String budget = stop == null || goal == null
          ? "its pairs cannot be measured again apart from the run that made them"
          : stop.describe(verdict.pairs().size(), goal);
      InconclusiveTimingException spent = new InconclusiveTimingException(inconclusive.getMessage() + "; " + budget,
          verdict.spent(budget));
      spent.setStackTrace(inconclusive.getStackTrace());
      boolean strict;
      try {
        strict = TimingSettings.from(context.configuration().parameters()).inconclusiveFails();
      } catch (IllegalArgumentException malformed) {
        return new Attempt(new MalformedTimingClaimException(where() + ": " + malformed.getMessage(), malformed),
            attempt.verdicts(), attempt.report());
      }
      List<TimingVerdict> verdicts = attempt.verdicts().stream()
          .map(v -> v.outcome() == TimingVerdict.Outcome.INCONCLUSIVE ? v.spent(budget) : v).toList();
      return new Attempt(strict ? new InconclusiveClaimFailure(spent) : spent, verdicts, attempt.report());
    }
    if (failure instanceof MalformedTimingClaimException malformed && !malformed.getMessage().startsWith("check ")) {
      return new Attempt(new MalformedTimingClaimException(where() + ": " + malformed.getMessage(), malformed),
          attempt.verdicts(), attempt.report());
    }
    return attempt;
  }

  private String where() {
    return "check " + experiment.getSimpleName() + "#" + check.name();
  }

  private Attempt attempt() {
    BufferedReport report = new BufferedReport();
    check.method().setAccessible(true);
    Class<?>[] types = check.method().getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = types[i] == Report.class ? report : context.runs();
    }
    TimingVerdicts.collect();
    Throwable failure = null;
    try {
      Reflection.invoke(() -> check.method().invoke(context.instance(), arguments));
    } catch (Throwable thrown) {
      failure = thrown;
    }
    return new Attempt(failure, TimingVerdicts.stop(), report);
  }

  /** One verdict per ratio and band, the last reached: a check that asks twice (a table and its rows) reports once. */
  private static List<TimingVerdict> distinct(List<TimingVerdict> verdicts) {
    Map<String, TimingVerdict> last = new LinkedHashMap<>();
    verdicts.forEach(verdict -> last.put(verdict.ratio() + " " + verdict.band().map(b -> b.claim()).orElse(""), verdict));
    return List.copyOf(last.values());
  }

  /** Hands the last attempt to the reporters and ends the test with its failure, if any. */
  private void finish(Attempt attempt) throws Throwable {
    CheckReport reported = new CheckReport(ExperimentInfo.of(experiment), check.name(), descriptor.getDisplayName(),
        check.runs(), check.claims(), check.stance(), check.reference(), context.runs().executed(check.runs()));
    context.reporter().checkStarted(reported);
    attempt.report().replay(new PublishingReport(descriptor, reported, context.listener(), context.reporter()));
    for (TimingVerdict verdict : distinct(attempt.verdicts())) {
      System.out.println("[yieldlab] " + descriptor.getDisplayName() + ": " + verdict.describe());
      context.reporter().checkTiming(reported, verdict);
      context.reporter().checkScope(reported, new EvidenceScope(EvidenceScope.Kind.TIMING,
          verdict.ratio() + " = " + verdict.scope()));
    }
    Throwable failure = noted(attempt.failure(), reported);
    context.reporter().checkFinished(reported, Optional.ofNullable(failure));
    if (failure instanceof TestAbortedException aborted && !(aborted instanceof InconclusiveTimingException)) {
      // Printed while the check is the current test, as its verdicts are above, so that Surefire keeps
      // the reason in the test's <system-out> beside its <skipped> element, to which it gives no
      // message attribute (its JUnit Platform provider passes no reason for an aborted test).
      System.out.println("[yieldlab] " + descriptor.getDisplayName() + ": aborted: " + aborted.getMessage());
    }
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * A failed assertion about injected runs says, in its message and on the console, what their yield
   * points did ({@link InjectedRunNote}); any other failure (or none) is left as it is.
   */
  private Throwable noted(Throwable failure, CheckReport reported) {
    Optional<String> note = failure instanceof AssertionError ? InjectedRunNote.of(reported.read()) : Optional.empty();
    if (note.isEmpty()) {
      return failure;
    }
    System.out.println("[yieldlab] " + descriptor.getDisplayName() + " failed; " + note.get());
    return FailureNotes.withNote((AssertionError) failure, note.get());
  }
}
